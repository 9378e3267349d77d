package org.dissentgraph.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers of the API, declared once for the OpenAPI document: put {@link Problems} on
 * a route that reads the database (400 for a bad or unknown parameter, 503 when the database is
 * unreachable or too slow), and add {@link Problems.NotFound} where the route looks a node up.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@ApiResponse(
        responseCode = "400",
        description = "A parameter is malformed, out of range or unknown; the body names it and what it accepts",
        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
@ApiResponse(
        responseCode = "503",
        description = "The database is unreachable, busy, or the query took longer than allowed",
        content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
public @interface Problems {

    /** 404: the node a path or query parameter names does not exist; the body names the parameter. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @ApiResponse(
            responseCode = "404",
            description = "No node has the id given; the body names the parameter",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @interface NotFound {}
}
