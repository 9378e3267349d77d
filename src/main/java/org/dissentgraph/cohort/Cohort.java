package org.dissentgraph.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** A group of persons the data defines, whose fates can be followed together (docs/fates.md). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Cohort(
        @Schema(
                description = "stable id: signed:<document>, faction:<faction>, organ:<organ>@<date> (or organ:<organ>"
                        + " for members at any time), penalised:<meeting>; parts joined by '+' are an intersection",
                example = "signed:declaration-of-46")
        String id,

        @Schema(allowableValues = {"signed", "faction", "organ", "penalised", "intersection"})
        String kind,

        @Schema(description = "the document, faction, organ or meeting (one per part) that defines it")
        List<Ref> definedBy,

        @Schema(
                description =
                        "the date that defines it: the document's, the organ's day, the meeting's, the faction's active years")
        @Nullable
        When date,

        @Schema(description = "persons in it") int size,
        String description) {}
