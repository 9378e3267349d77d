package org.dissentgraph.ingest;

/** A file of a dataset as read from a folder, the jar or an upload: its name and its bytes. */
public record InputFile(String name, byte[] content) {}
