package org.dissentgraph.criticism;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.web.ApiException;

/**
 * Sorts what followed a criticism into documented, inferred and averted penalties and gives the
 * verdict, telling "a source says nothing happened" from "nothing is known".
 */
@Singleton
class ConsequenceService {

    static final String ATTESTED = "A source states that nothing followed: ";
    private final CriticismRepository repository;

    ConsequenceService(CriticismRepository repository) {
        this.repository = repository;
    }

    Consequences of(String criticismId, int windowMonths) {
        Criticism criticism =
                repository.byId(criticismId).orElseThrow(() -> new ApiException.NotFound("criticism", criticismId));
        return assemble(criticism, repository.penaltiesAround(criticismId, windowMonths), windowMonths);
    }

    List<Consequences> ofPerson(String personId, int windowMonths) {
        String type = repository.typeOf(personId).orElseThrow(() -> new ApiException.NotFound("person", personId));
        if (!"Person".equals(type)) {
            throw new ApiException.NotFound("person", personId);
        }
        List<Consequences> all = new ArrayList<>();
        for (Criticism criticism : repository.details(repository.idsByCritic(personId))) {
            all.add(assemble(criticism, repository.penaltiesAround(criticism.id(), windowMonths), windowMonths));
        }
        return all;
    }

    static Consequences assemble(Criticism criticism, List<CriticismRepository.PenaltyRow> rows, int windowMonths) {
        List<Consequences.Outcome> documented = new ArrayList<>();
        List<Consequences.Outcome> inferred = new ArrayList<>();
        List<Consequences.Outcome> averted = new ArrayList<>();
        for (CriticismRepository.PenaltyRow row : rows) {
            if (!"APPLIED".equals(row.outcome().outcome())) {
                averted.add(row.outcome());
            } else if (row.documented()) {
                documented.add(row.outcome());
            } else {
                inferred.add(row.outcome());
            }
        }
        String verdict;
        Consequences.NothingFollowed nothing = null;
        if (!documented.isEmpty()) {
            verdict = "DOCUMENTED_CONSEQUENCE";
        } else if (!inferred.isEmpty()) {
            verdict = "INFERRED_CONSEQUENCE";
        } else {
            verdict = "NO_RECORDED_CONSEQUENCE";
            List<Citation> statements = criticism.citations().stream()
                    .filter(c -> "aftermath".equals(c.aspect()))
                    .toList();
            boolean attested = "none-attested".equals(criticism.aftermath()) && !statements.isEmpty();
            nothing = new Consequences.NothingFollowed(
                    attested,
                    attested
                            ? "attested: a source states that no penalty followed"
                            : "unknown: no penalty is recorded within the window, and no source says either way",
                    statements);
        }
        return new Consequences(criticism, windowMonths, verdict, documented, inferred, averted, nothing);
    }
}
