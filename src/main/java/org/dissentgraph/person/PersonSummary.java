package org.dissentgraph.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A person in the list: who, the dates as the sources give them (EDTF), and the factions. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "a person in GET /api/persons")
record PersonSummary(
        String id,
        String name,

        @Schema(description = "the name in Russian, where recorded")
        String nameRu,

        @Schema(description = "EDTF date of birth, where recorded")
        String born,

        @Schema(description = "EDTF date of death, where recorded")
        String died,

        @Schema(
                description = "with aliveAt only: CERTAINLY when both dates put the person alive for all of it, "
                        + "POSSIBLY when uncertain or missing dates allow it",
                allowableValues = {"CERTAINLY", "POSSIBLY"})
        String alive,

        @Schema(description = "ids of the factions the person was ever a member of")
        List<String> factions) {}
