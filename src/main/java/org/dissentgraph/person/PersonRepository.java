package org.dissentgraph.person;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.neo4j.driver.Record;

/** A person's timeline; the one place its rows become records. */
@Singleton
class PersonRepository {

    private final Reads reads;

    PersonRepository(Reads reads) {
        this.reads = reads;
    }

    /** Empty when no person has this id. */
    Optional<Timeline> timeline(String id) {
        Optional<Ref> person = reads.one("queries/person-ref", Map.of("id", id), r -> Rows.ref(r.get("person")));
        if (person.isEmpty()) {
            return Optional.empty();
        }
        List<TimelineEntry> entries = reads.list("queries/person-timeline", Map.of("id", id), PersonRepository::entry);
        return Optional.of(new Timeline(
                person.get(),
                entries.stream().filter(e -> e.when() != null).toList(),
                entries.stream().filter(e -> e.when() == null).toList()));
    }

    private static TimelineEntry entry(Record r) {
        return new TimelineEntry(
                Rows.when(r.get("when")),
                r.get("kind").asString(),
                r.get("summary").asString(null),
                Rows.ref(r.get("ref")),
                r.get("related").asList(Rows::ref),
                r.get("role").asString(null),
                r.get("status").asString(null),
                r.get("confidence").asString(null),
                r.get("citations").asList(v -> Citation.of(v.asMap())));
    }
}
