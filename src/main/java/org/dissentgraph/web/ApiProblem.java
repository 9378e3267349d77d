package org.dissentgraph.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Every error body of the API: RFC 9457 problem details, plus the offending {@code parameter}
 * and the values it {@code accepted} where a request parameter was wrong. Never a stack trace.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "RFC 9457 problem details")
public record ApiProblem(
        String type,
        String title,
        int status,
        String detail,
        String instance,

        @Schema(description = "the request parameter that was wrong")
        String parameter,

        @Schema(description = "what that parameter accepts") List<String> accepted) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
