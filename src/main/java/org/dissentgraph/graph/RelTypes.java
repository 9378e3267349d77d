package org.dissentgraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.model.RelType;
import org.dissentgraph.web.Params;

/**
 * The relationship types a graph request may follow. By default only those between actors and
 * what happened to them; the links to meetings and documents only when asked for by name. Source
 * nodes and {@code CITES} are evidence, never part of a path.
 */
final class RelTypes {

    /** Criticisms, penalties, votes and memberships: who did what to whom. */
    static final List<String> ACTOR = RelType.names(RelType.Group.ACTOR);

    /**
     * What the whole-network view draws by default: the actor relationships less {@code MADE} and
     * {@code TARGETS}, which the derived {@code CRITICIZED} already draws critic to target.
     */
    static final List<String> NETWORK = ACTOR.stream()
            .filter(t -> !t.equals("MADE") && !t.equals("TARGETS"))
            .toList();

    /** Meetings, documents, rules and statements: followed only when {@code rel} names them. */
    static final List<String> CONTEXT = RelType.names(RelType.Group.CONTEXT);

    static final List<String> ACCEPTED;

    static {
        List<String> all = new ArrayList<>(ACTOR);
        all.addAll(CONTEXT);
        ACCEPTED = List.copyOf(all);
    }

    private RelTypes() {}

    /** The types named in {@code value} (comma-separated), or {@code fallback} when it names none. */
    static List<String> parse(String name, String value, List<String> fallback) {
        return parse(name, value == null ? null : List.of(value), fallback);
    }

    /** The types named, repeated and/or comma-separated, or {@code fallback} when none is named. */
    static List<String> parse(String name, List<String> values, List<String> fallback) {
        List<String> types = Params.values(name, values, ACCEPTED);
        return types.isEmpty() ? fallback : types;
    }
}
