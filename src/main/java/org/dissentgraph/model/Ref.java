package org.dissentgraph.model;

import io.micronaut.serde.annotation.Serdeable;

/** A node named in an answer: its stable id, its type (main label) and its name. */
@Serdeable
public record Ref(String id, String type, String name) {}
