package org.dissentgraph.rule;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Rule-governed decisions, checked: the only place their rows become records. */
@Singleton
class RuleRepository {

    private final Reads reads;

    RuleRepository(Reads reads) {
        this.reads = reads;
    }

    List<RuleCheck> checks() {
        return reads.list("queries/rule-checks", Map.of(), RuleRepository::check);
    }

    private static RuleCheck check(Record r) {
        Value p = r.get("penalty");
        Value rule = r.get("rule");
        List<Value> votes = r.get("votes").asList(v -> v);
        Value last = votes.isEmpty() ? null : votes.get(votes.size() - 1);
        RuleEvaluation.Terms terms = new RuleEvaluation.Terms(rule.get("thresholdNum").asLong(), rule.get("thresholdDen").asLong(),
                rule.get("counts").asString());
        RuleEvaluation.Counts counts = last == null ? null : new RuleEvaluation.Counts(num(last, "votesFor"),
                num(last, "votesAgainst"), num(last, "abstained"), num(last, "present"), num(last, "entitled"), str(last, "result"));
        RuleEvaluation.Result result = RuleEvaluation.evaluate(terms, counts, str(p, "outcome"));
        return new RuleCheck(
                new RuleCheck.PenaltyInfo(p.get("id").asString(), str(p, "kind"), str(p, "outcome"), When.of(p), str(p, "summary"),
                        citations(r.get("penaltyCitations"))),
                Ref.of(r.get("person")),
                new RuleCheck.RuleInfo(rule.get("id").asString(), str(rule, "name"), str(rule, "text"), str(rule, "body"),
                        str(rule, "protects"), rule.get("appliesTo").isNull() ? List.of() : rule.get("appliesTo").asList(Value::asString),
                        terms.thresholdNum() + "/" + terms.thresholdDen(), terms.thresholdNum(), terms.thresholdDen(), terms.counts(),
                        Ref.of(r.get("document")), citations(r.get("ruleCitations"))),
                last == null ? null : new RuleCheck.VoteInfo(last.get("id").asString(), str(last, "date"), counts.votesFor(),
                        counts.votesAgainst(), counts.abstained(), counts.present(), counts.entitled(), counts.result(),
                        str(last, "summary"), citations(last.get("citations"))),
                result.share() == null ? null
                        : new RuleCheck.ShareInfo(result.share().numerator(), result.share().denominator(), result.share().basis()),
                result.outcome(),
                result.explanation());
    }

    private static List<Citation> citations(Value list) {
        return list.asList(v -> Citation.of(v.asMap()));
    }

    private static String str(Value v, String key) {
        return v.get(key).isNull() ? null : v.get(key).asString();
    }

    private static Long num(Value v, String key) {
        return v.get(key).isNull() ? null : v.get(key).asLong();
    }
}
