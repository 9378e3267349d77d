package org.dissentgraph.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The answer to a search: exact matches first (by score), then spelling variants (by score). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchResult(String q, String type, int limit, List<SearchHit> hits) {}
