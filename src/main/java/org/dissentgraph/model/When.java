package org.dissentgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A date as the source gives it (EDTF) and the range of days it can mean. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record When(
        @Nullable String edtf,
        @Nullable LocalDate earliest,
        @Nullable LocalDate latest,
        @Nullable String precision) {}
