package org.dissentgraph.rule;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Rule-governed decisions (rule-cases.cypher), checked: the only place their rows become records. */
@Singleton
class RuleRepository {

    private final Reads reads;

    RuleRepository(Reads reads) {
        this.reads = reads;
    }

    /** One decision a rule governs, as rule-cases.cypher lists it. */
    record Case(String penalty, String rule, String person, boolean inForce, boolean withVote) {

        Map<String, Object> key() {
            return Map.of("penalty", penalty, "rule", rule, "person", person);
        }
    }

    /** The coverage over all cases and the page's checks, read in one transaction. */
    RuleChecks checks(int limit, int offset) {
        return reads.inOneTransaction(tx -> {
            List<Case> cases = tx.list("queries/rule-cases", RuleScope.parameters(), RuleRepository::governed);
            long checked = cases.stream().filter(Case::inForce).count();
            long withVote =
                    cases.stream().filter(c -> c.inForce() && c.withVote()).count();
            List<Case> page =
                    cases.subList(Math.min(offset, cases.size()), (int) Math.min((long) offset + limit, cases.size()));
            List<RuleCheck> items = page.isEmpty()
                    ? List.of()
                    : tx.list(
                            "queries/rule-checks",
                            Map.of("cases", page.stream().map(Case::key).toList()),
                            RuleRepository::check);
            return new RuleChecks(
                    cases.size(),
                    limit,
                    offset,
                    inOrder(page, items),
                    new RuleChecks.Coverage(cases.size(), checked, withVote));
        });
    }

    private static Case governed(Record r) {
        return new Case(
                r.get("penaltyId").asString(),
                r.get("ruleId").asString(),
                r.get("personId").asString(),
                r.get("inForce").asBoolean(),
                r.get("withVote").asBoolean());
    }

    /** The checks in the order of the page's cases (the details query does not promise one). */
    private static List<RuleCheck> inOrder(List<Case> page, List<RuleCheck> items) {
        Map<String, RuleCheck> byKey = new java.util.HashMap<>();
        for (RuleCheck item : items) {
            byKey.put(
                    item.penalty().id() + "|" + item.rule().id() + "|"
                            + item.person().id(),
                    item);
        }
        return page.stream()
                .map(c -> byKey.get(c.penalty() + "|" + c.rule() + "|" + c.person()))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static final String COMMISSION_VOTE = "commission-vote";

    private static LocalDate earliest(Value v) {
        return v.get("earliest").isNull() ? null : v.get("earliest").asLocalDate();
    }

    private static RuleCheck.VoteInfo vote(Value v) {
        return new RuleCheck.VoteInfo(
                v.get("id").asString(),
                Rows.text(v, "date"),
                Rows.number(v, "votesFor"),
                Rows.number(v, "votesAgainst"),
                Rows.number(v, "abstained"),
                Rows.number(v, "present"),
                Rows.number(v, "entitled"),
                Rows.text(v, "result"),
                Rows.text(v, "method"),
                Rows.text(v, "summary"),
                Rows.citations(v.get("citations")));
    }

    private static RuleCheck check(Record r) {
        Value p = r.get("penalty");
        Value rule = r.get("rule");
        List<Value> votes = r.get("votes").asList(v -> v);
        List<Value> deciding = votes.stream()
                .filter(v -> !COMMISSION_VOTE.equals(Rows.text(v, "method")))
                .toList();
        Value last =
                RuleEvaluation.decidingVote(deciding, RuleRepository::earliest).orElse(null);
        // with no vote of the deciding body, the commission's is shown (and the check says it does not decide)
        Value shown = last != null
                ? last
                : RuleEvaluation.decidingVote(votes, RuleRepository::earliest).orElse(null);
        RuleEvaluation.Terms terms = new RuleEvaluation.Terms(
                rule.get("thresholdNum").asLong(),
                rule.get("thresholdDen").asLong(),
                rule.get("counts").asString());
        RuleEvaluation.Counts counts = last == null
                ? null
                : new RuleEvaluation.Counts(
                        Rows.number(last, "votesFor"),
                        Rows.number(last, "votesAgainst"),
                        Rows.number(last, "abstained"),
                        Rows.number(last, "present"),
                        Rows.number(last, "entitled"),
                        Rows.text(last, "result"));
        LocalDate ruleEarliest = earliest(rule);
        LocalDate ruleLatest =
                rule.get("latest").isNull() ? null : rule.get("latest").asLocalDate();
        LocalDate penaltyEarliest = earliest(p);
        LocalDate penaltyLatest =
                p.get("latest").isNull() ? null : p.get("latest").asLocalDate();
        boolean inForce = !((ruleLatest != null && penaltyEarliest != null && penaltyEarliest.isAfter(ruleLatest))
                || (ruleEarliest != null && penaltyLatest != null && penaltyLatest.isBefore(ruleEarliest)));
        RuleEvaluation.Result result = inForce
                ? RuleEvaluation.evaluate(terms, counts, Rows.text(p, "outcome"), last == null && shown != null)
                : RuleEvaluation.notInForce(
                        Rows.text(rule, "name"), ruleEarliest, ruleLatest, penaltyEarliest, Rows.text(p, "date"));
        return new RuleCheck(
                new RuleCheck.PenaltyInfo(
                        p.get("id").asString(),
                        Rows.text(p, "kind"),
                        Rows.text(p, "outcome"),
                        Rows.when(p),
                        Rows.text(p, "summary"),
                        Rows.citations(r.get("penaltyCitations"))),
                Rows.ref(r.get("person")),
                new RuleCheck.RuleInfo(
                        rule.get("id").asString(),
                        Rows.text(rule, "name"),
                        Rows.text(rule, "text"),
                        Rows.text(rule, "body"),
                        Rows.text(rule, "protects"),
                        rule.get("appliesTo").isNull()
                                ? List.of()
                                : rule.get("appliesTo").asList(Value::asString),
                        terms.thresholdNum() + "/" + terms.thresholdDen(),
                        terms.thresholdNum(),
                        terms.thresholdDen(),
                        terms.counts(),
                        Rows.text(rule, "inForce"),
                        Rows.ref(r.get("document")),
                        Rows.citations(r.get("ruleCitations"))),
                shown == null ? null : vote(shown),
                result.share() == null
                        ? null
                        : new RuleCheck.ShareInfo(
                                result.share().numerator(),
                                result.share().denominator(),
                                result.share().basis()),
                result.outcome(),
                r.get("bodyRecorded").asBoolean(true) || !inForce
                        ? result.explanation()
                        : "The data does not name the body that decided this. " + result.explanation());
    }
}
