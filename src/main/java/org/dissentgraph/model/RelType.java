package org.dissentgraph.model;

import java.util.Arrays;
import java.util.List;

/**
 * Every relationship type of the data model (import/README.md), defined once: the importer writes
 * them (ingest's columns), the API accepts them ({@code rel} parameters), the exports write them
 * and the page names them ({@code GET /api/vocabulary}).
 */
public enum RelType {
    // who did what to whom
    CRITICIZED(Group.ACTOR, "criticized"),
    MADE(Group.ACTOR, "made"),
    TARGETS(Group.ACTOR, "targets"),
    RECEIVED(Group.ACTOR, "received (penalty)"),
    IMPOSED_BY(Group.ACTOR, "imposed by"),
    FROM(Group.ACTOR, "removed from"),
    TO(Group.ACTOR, "sent to"),
    MEMBER_OF(Group.ACTOR, "member of"),
    DECIDED(Group.ACTOR, "vote decided"),
    GROUNDS(Group.ACTOR, "penalty for (grounds)"),
    SIGNED(Group.ACTOR, "signed"),
    ACCUSED(Group.ACTOR, "accused"),
    // meetings, documents, rules and statements
    AT(Group.CONTEXT, "at"),
    IN(Group.CONTEXT, "in"),
    DECIDED_AT(Group.CONTEXT, "decided at"),
    UNDER(Group.CONTEXT, "under"),
    ADOPTED_AT(Group.CONTEXT, "adopted at"),
    AUTHORED(Group.CONTEXT, "authored"),
    GOVERNED_BY(Group.CONTEXT, "governed by"),
    DEFINED_IN(Group.CONTEXT, "defined in"),
    OF(Group.CONTEXT, "of"),
    PART_OF(Group.CONTEXT, "part of"),
    ABOUT(Group.CONTEXT, "about"),
    VARIANT_OF(Group.CONTEXT, "variant of"),
    AT_PLACE(Group.CONTEXT, "took place at"),
    RESTORES(Group.CONTEXT, "restores (reversal)"),
    REVERSES(Group.CONTEXT, "reverses"),
    GAVE(Group.CONTEXT, "gave (signature)"),
    ON(Group.CONTEXT, "on (document)"),
    BROUGHT(Group.CONTEXT, "brought (accusation)"),
    AGAINST(Group.CONTEXT, "against"),
    LED_TO(Group.CONTEXT, "led to"),
    // evidence: a claim's sources, a source's copies
    CITES(Group.EVIDENCE, "cites"),
    COPY_OF(Group.EVIDENCE, "copy of");

    /** What a relationship is about, which decides where the API follows it. */
    public enum Group {
        /** followed by the graph views by default */
        ACTOR,
        /** followed only when a request names it */
        CONTEXT,
        /** never part of a path */
        EVIDENCE
    }

    private final Group group;
    private final String words;

    RelType(Group group, String words) {
        this.group = group;
        this.words = words;
    }

    public Group group() {
        return group;
    }

    /** The type in words, as the page shows it. */
    public String words() {
        return words;
    }

    /** The names of the types of {@code group}, in this order. */
    public static List<String> names(Group group) {
        return Arrays.stream(values())
                .filter(t -> t.group == group)
                .map(Enum::name)
                .toList();
    }

    /** Every type's name, in this order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
