package org.dissentgraph.ingest.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dissentgraph.ingest.consistency.Facts.Group;
import org.dissentgraph.ingest.consistency.Facts.Membership;
import org.dissentgraph.ingest.consistency.Facts.Penalty;
import org.dissentgraph.ingest.consistency.When.Verdict;

/**
 * A membership lies within the existence of its organ or faction (its {@code active} interval):
 * it does not start before the organ starts nor end after it ends. And a removal or expulsion
 * from an organ falls within one of the person's memberships of it, when the rows give any: one
 * cannot be removed from a post the rows say one had already left, or not yet taken.
 */
final class MembershipRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        for (Membership m : facts.memberships) {
            Group group = facts.groups.get(m.group());
            if (group == null || group.active() == null) {
                continue;
            }
            String exists = m.group() + " exists (" + group.file() + ":" + group.line() + " gives active "
                    + group.active() + ")";
            When start = When.start(m.date());
            When end = When.end(m.date());
            When opens = When.start(group.active());
            When closes = When.end(group.active());
            Verdict early = worst(When.after(opens, start), When.after(opens, end));
            Verdict late = worst(When.after(end, closes), When.after(start, closes));
            out.add(
                    early,
                    "memberships.csv",
                    m.line(),
                    "date",
                    "the membership (" + m.date() + ") starts before " + exists);
            out.add(
                    late,
                    "memberships.csv",
                    m.line(),
                    "date",
                    "the membership (" + m.date() + ") ends after " + m.group() + " ceased to exist (" + group.file()
                            + ":" + group.line() + " gives active " + group.active() + ")");
        }
        Map<List<String>, List<Membership>> byPersonAndGroup =
                facts.memberships.stream().collect(Collectors.groupingBy(m -> List.of(m.person(), m.group())));
        for (Penalty p : facts.penalties) {
            if (!p.applied()
                    || p.from() == null
                    || !(p.kind().equals("REMOVAL_FROM_POST") || p.kind().equals("EXPULSION"))) {
                continue;
            }
            List<Membership> held = byPersonAndGroup.getOrDefault(List.of(p.person(), p.from()), List.of());
            if (held.isEmpty()) {
                continue;
            }
            Verdict verdict = Verdict.CERTAIN;
            List<String> where = new ArrayList<>();
            for (Membership m : held) {
                Verdict over = When.after(p.when(), When.end(m.date()));
                Verdict notYet = When.after(When.start(m.date()), p.when());
                Verdict outside = worst(over, notYet);
                verdict = verdict.ordinal() <= outside.ordinal() ? verdict : outside;
                where.add("memberships.csv:" + m.line() + " (" + m.date() + ")");
            }
            out.add(
                    verdict,
                    "penalties.csv",
                    p.line(),
                    "from",
                    "removes " + p.person() + " from " + p.from() + " on " + p.date()
                            + ", outside every membership of it the rows give: " + String.join(", ", where));
        }
    }

    private static Verdict worst(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
