package org.dissentgraph.generate;

/**
 * The files of the import format the generator writes, in the order import/README.md lists them.
 * The generator writes the documented format like any other producer of a dataset, with no arrow
 * into the importer; its output is checked by the importer's own validation (GenerateCommandTest).
 */
enum Table {
    SOURCE("sources.csv"),
    PERSON("persons.csv"),
    FACTION("factions.csv"),
    MEETING("meetings.csv"),
    ORGAN("organs.csv"),
    PLACE("places.csv"),
    DOCUMENT("documents.csv"),
    CRITICISM("criticisms.csv"),
    PENALTY("penalties.csv"),
    REVERSAL("reversals.csv"),
    SIGNATURE("signatures.csv"),
    ACCUSATION("accusations.csv"),
    VOTE("votes.csv"),
    PURGE("purges.csv"),
    RULE("rules.csv"),
    STATEMENT("statements.csv"),
    MEMBERSHIP("memberships.csv"),
    CITATION("citations.csv");

    private final String file;

    Table(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }
}
