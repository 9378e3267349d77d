package org.dissentgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;

/** Who belonged to which faction and organ at a date, grouped by group. */
@Serdeable
@Schema(description = "Memberships at a date, by faction or organ")
record Snapshot(
        @Schema(description = "the date asked, as given") String at,
        LocalDate earliest,
        LocalDate latest,
        List<Group> groups) {

    @Serdeable
    record Group(Ref group, List<Member> members) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Member(
            Ref person,
            String role,

            @Schema(
                    description =
                            "certainly: the membership held on every day asked whatever its fuzzy ends mean; possibly: it can have held",
                    allowableValues = {"certainly", "possibly"})
            String certainty,

            @Schema(description = "EDTF date of the membership as the source gives it")
            String date,

            String relationshipId,
            List<Citation> citations) {}
}
