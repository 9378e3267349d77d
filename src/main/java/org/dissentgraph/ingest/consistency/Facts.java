package org.dissentgraph.ingest.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The few cells of each row that the consistency rules compare, kept from the rows the reader
 * has already checked. Rows marked as a variant of another claim ({@code variant_of}) are kept
 * apart: they are a source's other version of a claim and are expected to disagree with it.
 */
final class Facts {

    record Person(long line, String id, String died) {}

    /** An organ or a faction: what a membership is of. */
    record Group(String file, long line, String id, String kind, String parent, String active) {}

    record Meeting(long line, String id, String date) {}

    record Criticism(long line, String id, List<String> critics, String date) {}

    record Document(long line, String id, List<String> authors, String date) {}

    record Membership(long line, String person, String group, String date) {}

    /** A readmission or rehabilitation: what it reverses ({@code reverses}, penalty ids). */
    record Reversal(long line, String id, String person, String kind, String date, List<String> reverses) {

        /** Whether it restores party membership (a readmission, a party rehabilitation). */
        boolean readmits() {
            return kind.equals("READMISSION") || kind.equals("REHABILITATION_PARTY");
        }
    }

    /** A signature or an accusation: an act of {@code person} dated {@code date}. */
    record Act(String file, long line, String id, String person, String what, String date) {}

    record Penalty(
            long line,
            String id,
            String person,
            String kind,
            boolean applied,
            String decisionDate,
            String effectiveDate,
            List<String> imposedBy,
            String decidedAt,
            String from,
            List<String> grounds,
            boolean disputed) {

        /** The date the rules order penalties by: when decided, else when it took effect. */
        When when() {
            When decided = When.of(decisionDate);
            return decided != null ? decided : When.of(effectiveDate);
        }

        /** When it took effect: its effective date, else its decision date. */
        When effect() {
            When effective = When.of(effectiveDate);
            return effective != null ? effective : When.of(decisionDate);
        }

        /** The date {@link #effect()} is read from, to name in a message. */
        String effectDate() {
            return effectiveDate != null ? effectiveDate : decisionDate;
        }

        /** The date to name in a message. */
        String date() {
            return decisionDate != null ? decisionDate : effectiveDate;
        }
    }

    final Map<String, Person> persons = new HashMap<>();
    final Map<String, Group> groups = new HashMap<>();
    final Map<String, Meeting> meetings = new HashMap<>();
    final Map<String, Criticism> criticisms = new HashMap<>();
    final List<Document> documents = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    /** Penalties in file order, variants left out. */
    final List<Penalty> penalties = new ArrayList<>();
    /** Every penalty by id, variants included (a reversal may name one). */
    final Map<String, Penalty> penaltiesById = new HashMap<>();
    /** Reversals in file order, variants left out. */
    final List<Reversal> reversals = new ArrayList<>();
    /** Signatures and accusations, by signer and accuser, variants left out. */
    final List<Act> acts = new ArrayList<>();
    /** Dated signatures by id, variants left out (a penalty's grounds may name one). */
    final Map<String, Act> signatures = new HashMap<>();
    /** Each source's line in sources.csv, by id. */
    final Map<String, Long> sources = new HashMap<>();
    /** The sources something points at: a citation, a membership's sources, a copy's canonical. */
    final Set<String> citedSources = new HashSet<>();

    /** Keeps what the rules need of one row of {@code file}; {@code cell} gives a non-empty cell or null. */
    void add(String file, long line, Function<String, String> cell) {
        String id = cell.apply("id");
        boolean variant = cell.apply("variant_of") != null;
        switch (file) {
            case "sources.csv" -> {
                sources.put(id, line);
                if (cell.apply("canonical") != null) {
                    citedSources.add(cell.apply("canonical"));
                }
            }
            case "citations.csv" -> citedSources.add(cell.apply("source"));
            case "persons.csv" -> {
                if (!variant && cell.apply("died") != null) {
                    persons.put(id, new Person(line, id, cell.apply("died")));
                }
            }
            case "organs.csv", "factions.csv" -> {
                if (!variant) {
                    groups.put(
                            id,
                            new Group(file, line, id, cell.apply("kind"), cell.apply("parent"), cell.apply("active")));
                }
            }
            case "meetings.csv" -> {
                if (!variant) {
                    meetings.put(id, new Meeting(line, id, cell.apply("date")));
                }
            }
            case "criticisms.csv" -> {
                if (!variant) {
                    criticisms.put(id, new Criticism(line, id, list(cell.apply("critics")), cell.apply("date")));
                }
            }
            case "documents.csv" -> {
                if (!variant && cell.apply("authors") != null && cell.apply("date") != null) {
                    documents.add(new Document(line, id, list(cell.apply("authors")), cell.apply("date")));
                }
            }
            case "memberships.csv" -> {
                citedSources.addAll(list(cell.apply("sources")));
                if (cell.apply("date") != null) {
                    memberships.add(
                            new Membership(line, cell.apply("person"), cell.apply("group"), cell.apply("date")));
                }
            }
            case "reversals.csv" -> {
                if (!variant) {
                    reversals.add(new Reversal(
                            line,
                            id,
                            cell.apply("person"),
                            cell.apply("kind"),
                            cell.apply("date"),
                            list(cell.apply("reverses"))));
                }
            }
            case "signatures.csv" -> {
                if (!variant && cell.apply("date") != null) {
                    Act signature = new Act(
                            file,
                            line,
                            id,
                            cell.apply("person"),
                            "signature on " + cell.apply("document"),
                            cell.apply("date"));
                    acts.add(signature);
                    signatures.put(id, signature);
                }
            }
            case "accusations.csv" -> {
                if (!variant && cell.apply("date") != null) {
                    acts.add(new Act(
                            file,
                            line,
                            id,
                            cell.apply("accuser"),
                            "accusation (" + cell.apply("role") + ") of " + cell.apply("accused"),
                            cell.apply("date")));
                }
            }
            case "penalties.csv" -> {
                Penalty penalty = new Penalty(
                        line,
                        id,
                        cell.apply("person"),
                        cell.apply("kind"),
                        "APPLIED".equals(cell.apply("outcome")),
                        cell.apply("decision_date"),
                        cell.apply("effective_date"),
                        list(cell.apply("imposed_by")),
                        cell.apply("decided_at"),
                        cell.apply("from"),
                        list(cell.apply("grounds")),
                        "disputed".equals(cell.apply("status")));
                penaltiesById.put(id, penalty);
                if (!variant) {
                    penalties.add(penalty);
                }
            }
            default -> {}
        }
    }

    /** Whether organ {@code inner} is {@code outer} or part of it (through {@code parent}). */
    boolean within(String inner, String outer) {
        Set<String> seen = new HashSet<>();
        for (String at = inner; at != null && seen.add(at); ) {
            if (at.equals(outer)) {
                return true;
            }
            Group group = groups.get(at);
            at = group == null ? null : group.parent();
        }
        return false;
    }

    boolean isParty(String organ) {
        Group group = groups.get(organ);
        return group != null && "organs.csv".equals(group.file()) && "party".equals(group.kind());
    }

    /** The penalties of each person, in file order. */
    Map<String, List<Penalty>> penaltiesByPerson() {
        Map<String, List<Penalty>> out = new HashMap<>();
        for (Penalty p : penalties) {
            out.computeIfAbsent(p.person(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
