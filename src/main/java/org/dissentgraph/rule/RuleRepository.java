package org.dissentgraph.rule;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Fields;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.neo4j.Reads;
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
        Value last = votes.isEmpty() ? null : votes.get(votes.size() - 1);
        RuleEvaluation.Terms terms = new RuleEvaluation.Terms(
                rule.get("thresholdNum").asLong(),
                rule.get("thresholdDen").asLong(),
                rule.get("counts").asString());
        RuleEvaluation.Counts counts = last == null
                ? null
                : new RuleEvaluation.Counts(
                        Fields.number(last, "votesFor"),
                        Fields.number(last, "votesAgainst"),
                        Fields.number(last, "abstained"),
                        Fields.number(last, "present"),
                        Fields.number(last, "entitled"),
                        Fields.text(last, "result"));
        RuleEvaluation.Result result = RuleEvaluation.evaluate(terms, counts, Fields.text(p, "outcome"));
        return new RuleCheck(
                new RuleCheck.PenaltyInfo(
                        p.get("id").asString(),
                        Fields.text(p, "kind"),
                        Fields.text(p, "outcome"),
                        When.of(p),
                        Fields.text(p, "summary"),
                        Citation.listOf(r.get("penaltyCitations"))),
                Ref.of(r.get("person")),
                new RuleCheck.RuleInfo(
                        rule.get("id").asString(),
                        Fields.text(rule, "name"),
                        Fields.text(rule, "text"),
                        Fields.text(rule, "body"),
                        Fields.text(rule, "protects"),
                        rule.get("appliesTo").isNull()
                                ? List.of()
                                : rule.get("appliesTo").asList(Value::asString),
                        terms.thresholdNum() + "/" + terms.thresholdDen(),
                        terms.thresholdNum(),
                        terms.thresholdDen(),
                        terms.counts(),
                        Ref.of(r.get("document")),
                        Citation.listOf(r.get("ruleCitations"))),
                last == null
                        ? null
                        : new RuleCheck.VoteInfo(
                                last.get("id").asString(),
                                Fields.text(last, "date"),
                                counts.votesFor(),
                                counts.votesAgainst(),
                                counts.abstained(),
                                counts.present(),
                                counts.entitled(),
                                counts.result(),
                                Fields.text(last, "summary"),
                                Citation.listOf(last.get("citations"))),
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
