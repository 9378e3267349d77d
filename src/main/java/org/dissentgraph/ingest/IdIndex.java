package org.dissentgraph.ingest;

import java.util.Arrays;

/**
 * Every id of a dataset with its kind (and, for the kinds other rows are named after, its name),
 * in open-addressing arrays: a few tens of bytes per id, so millions of ids fit a small heap.
 */
final class IdIndex {

    private static final Kind[] KINDS = Kind.values();

    private String[] keys = new String[1 << 10];
    private int[] slots = new int[1 << 10];
    private byte[] kinds = new byte[1 << 9];
    private long[] lines = new long[1 << 9];
    private String[] names = new String[1 << 9];
    private int size;

    /** Adds {@code id}; returns -1 when new, or the index of the row that already has it. */
    int add(String id, Kind kind, long line, String name) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int slot = find(id);
        if (keys[slot] != null) {
            return slots[slot];
        }
        keys[slot] = id;
        slots[slot] = size;
        if (size == kinds.length) {
            kinds = Arrays.copyOf(kinds, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
            names = Arrays.copyOf(names, size * 2);
        }
        kinds[size] = (byte) kind.ordinal();
        lines[size] = line;
        names[size] = name;
        size++;
        return -1;
    }

    /** The index of {@code id}, or -1. */
    int indexOf(String id) {
        int slot = find(id);
        return keys[slot] == null ? -1 : slots[slot];
    }

    Kind kindOf(String id) {
        int index = indexOf(id);
        return index < 0 ? null : KINDS[kinds[index]];
    }

    Kind kindAt(int index) {
        return KINDS[kinds[index]];
    }

    long lineAt(int index) {
        return lines[index];
    }

    String nameOf(String id) {
        int index = indexOf(id);
        return index < 0 || names[index] == null ? id : names[index];
    }

    boolean contains(String id) {
        return indexOf(id) >= 0;
    }

    int size() {
        return size;
    }

    private int find(String id) {
        int mask = keys.length - 1;
        int slot = mix(id.hashCode()) & mask;
        while (keys[slot] != null && !keys[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }
}
