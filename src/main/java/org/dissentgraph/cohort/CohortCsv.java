package org.dissentgraph.cohort;

import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.cohort.CohortFates.MemberFate;
import org.dissentgraph.cohort.CohortFates.Outcome;
import org.dissentgraph.model.When;

/** One row per member (RFC 4180, UTF-8), ready for R or pandas; with compare=, the other cohort's members follow. */
final class CohortCsv {

    private CohortCsv() {}

    static String of(CohortFates fates) {
        List<String> header = new ArrayList<>(List.of(
                "cohort", "person", "name", "entry", "entry_earliest", "entry_latest", "end_reason", "end_date"));
        for (String kind : fates.events()) {
            String k = kind.toLowerCase(java.util.Locale.ROOT);
            header.addAll(List.of(
                    k + "_status",
                    k + "_penalty",
                    k + "_date",
                    k + "_min_days",
                    k + "_max_days",
                    k + "_months_earliest",
                    k + "_months_latest"));
        }
        header.addAll(List.of("fate", "evidence"));
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows(csv, fates.cohort().id(), fates.members(), fates.events().size());
        if (fates.comparison() != null) {
            rows(
                    csv,
                    fates.comparison().cohort().id(),
                    fates.comparison().members(),
                    fates.events().size());
        }
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String cohort, List<MemberFate> members, int kinds) {
        for (MemberFate m : members) {
            List<String> row = new ArrayList<>();
            row.add(cohort);
            row.add(m.person().id());
            row.add(m.person().name());
            When e = m.entry();
            row.add(e == null ? null : e.edtf());
            row.add(e == null || e.earliest() == null ? null : e.earliest().toString());
            row.add(e == null || e.latest() == null ? null : e.latest().toString());
            row.add(m.end() == null ? null : m.end().reason());
            row.add(m.end() == null ? null : m.end().when().edtf());
            for (int k = 0; k < m.outcomes().size(); k++) {
                Outcome o = m.outcomes().get(k);
                row.add(o.status());
                row.add(o.penaltyId());
                row.add(o.when() == null ? null : o.when().edtf());
                row.add(String.valueOf(o.lag().minDays()));
                row.add(
                        o.lag().maxDays() == null
                                ? null
                                : String.valueOf(o.lag().maxDays()));
                row.add(String.valueOf(o.monthsEarliest()));
                row.add(String.valueOf(o.monthsLatest()));
            }
            if (m.outcomes().isEmpty()) {
                for (int k = 0; k < 7 * kinds; k++) {
                    row.add(null); // undated entry: not followed
                }
            }
            row.add(m.fate().outcome());
            row.add(String.join(";", m.evidence()));
            line(csv, row);
        }
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String c = cells.get(i);
            if (c == null) {
                continue;
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                csv.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(c);
            }
        }
        csv.append("\r\n");
    }
}
