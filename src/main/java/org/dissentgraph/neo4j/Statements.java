package org.dissentgraph.neo4j;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;

/** Query files or statements built at run time, each record mapped: in a transaction of its own, or in a shared one. */
public interface Statements {
    <T> List<T> listText(String cypher, Map<String, Object> parameters, Function<Record, T> mapper);

    /** Runs {@code cypher/<file>.cypher} and maps every record. */
    default <T> List<T> list(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        return listText(CypherFiles.get(file), parameters, mapper);
    }

    default <T> Optional<T> one(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        return list(file, parameters, mapper).stream().findFirst();
    }
}
