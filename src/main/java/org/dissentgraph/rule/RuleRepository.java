package org.dissentgraph.rule;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.web.Page;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Rule-governed decisions, checked: the only place their rows become records. */
@Singleton
class RuleRepository {

    private final Reads reads;

    RuleRepository(Reads reads) {
        this.reads = reads;
    }

    /** The total and the page's checks, read in one transaction. */
    Page<RuleCheck> checks(int limit, int offset) {
        return reads.inOneTransaction(tx -> {
            long total = tx.one(
                            "queries/rule-checks-count",
                            Map.of(),
                            r -> r.get("total").asLong())
                    .orElse(0L);
            List<RuleCheck> items = offset >= total
                    ? List.of()
                    : tx.list("queries/rule-checks", Map.of("skip", offset, "limit", limit), RuleRepository::check);
            return new Page<>(total, limit, offset, items);
        });
    }

    private static RuleCheck check(Record r) {
        Value p = r.get("penalty");
        Value rule = r.get("rule");
        List<Value> votes = r.get("votes").asList(v -> v);
        Value last = RuleEvaluation.decidingVote(
                        votes,
                        v -> v.get("earliest").isNull()
                                ? null
                                : v.get("earliest").asLocalDate())
                .orElse(null);
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
        RuleEvaluation.Result result = RuleEvaluation.evaluate(terms, counts, Rows.text(p, "outcome"));
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
                        Rows.ref(r.get("document")),
                        Rows.citations(r.get("ruleCitations"))),
                last == null
                        ? null
                        : new RuleCheck.VoteInfo(
                                last.get("id").asString(),
                                Rows.text(last, "date"),
                                counts.votesFor(),
                                counts.votesAgainst(),
                                counts.abstained(),
                                counts.present(),
                                counts.entitled(),
                                counts.result(),
                                Rows.text(last, "summary"),
                                Rows.citations(last.get("citations"))),
                result.share() == null
                        ? null
                        : new RuleCheck.ShareInfo(
                                result.share().numerator(),
                                result.share().denominator(),
                                result.share().basis()),
                result.outcome(),
                result.explanation());
    }
}
