package org.dissentgraph.export;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.graph.EgoSelections;
import org.dissentgraph.web.ApiException;

/** Chooses what an export holds, from checked parameters, and opens its stream. */
@Singleton
final class ExportService {

    private final EgoSelections graphs;
    private final ExportRepository repository;

    ExportService(EgoSelections graphs, ExportRepository repository) {
        this.graphs = graphs;
        this.repository = repository;
    }

    /** Every dataset node (Source nodes only with {@code sources}) that can overlap the window, and the relationships among them. */
    Selection whole(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String window, boolean sources) {
        return new Selection(null, from, to, window, sources);
    }

    /**
     * The nodes the ego view of {@code id} keeps (the graph feature's selection) and, with
     * {@code sources}, the Source nodes they cite; the relationships of the followed types among them.
     */
    Selection ego(
            String id,
            int depth,
            @Nullable String rel,
            int maxNodes,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String window,
            boolean sources) {
        EgoSelections.EgoSelection ego;
        try {
            ego = graphs.egoSelection(id, depth, rel, from, to, maxNodes);
        } catch (ApiException.NotFound e) {
            throw new ApiException.NotFound("graph node", id, "ego");
        }
        List<String> ids = new ArrayList<>(ego.ids());
        if (sources) {
            ids.addAll(repository.citedSources(ego.ids()));
        }
        return new Selection(
                new Selection.Ego(id, depth, maxNodes, List.copyOf(ids), ego.rels(), ego.truncated()),
                from,
                to,
                window,
                sources);
    }

    /** Opens the export's transaction (a database failure is reported here, before any byte is sent) and its stream. */
    ExportStream open(ExportFormat format, Selection selection) throws IOException {
        ExportRepository.Cursor cursor = repository.open(selection);
        try {
            return new ExportStream(cursor, format, selection);
        } catch (IOException | RuntimeException e) {
            cursor.close();
            throw e;
        }
    }
}
