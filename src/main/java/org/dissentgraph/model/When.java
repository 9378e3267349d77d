package org.dissentgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.neo4j.driver.Value;

/** A date as the source gives it (EDTF) and the range of days it can mean. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record When(String edtf, LocalDate earliest, LocalDate latest, String precision) {

    /** From a node or relationship value with {@code date}, {@code earliest}, {@code latest}, {@code precision}. */
    public static When of(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.get("date").isNull() ? null : v.get("date").asString();
        LocalDate earliest =
                v.get("earliest").isNull() ? null : v.get("earliest").asLocalDate();
        LocalDate latest = v.get("latest").isNull() ? null : v.get("latest").asLocalDate();
        String precision =
                v.get("precision").isNull() ? null : v.get("precision").asString();
        if (text == null && earliest == null && latest == null) {
            return null;
        }
        return new When(text, earliest, latest, precision);
    }
}
