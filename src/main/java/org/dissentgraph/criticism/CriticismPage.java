package org.dissentgraph.criticism;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of criticisms and how many match in all. */
@Serdeable
public record CriticismPage(long total, int limit, int offset, List<Criticism> items) {}
