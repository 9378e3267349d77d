package org.dissentgraph.criticism;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.dissentgraph.model.Ref;
import org.dissentgraph.web.ApiException;

/**
 * Reads what the consequence rules need — at most two statements per request, whatever the number
 * of criticisms — and lets {@link ConsequenceRules} and {@link Fates} decide.
 */
@Singleton
class ConsequenceService {

    private final CriticismRepository repository;

    ConsequenceService(CriticismRepository repository) {
        this.repository = repository;
    }

    /** Statement 1: the criticism; statement 2: its person critics' penalties. */
    Consequences of(String criticismId, int windowMonths) {
        Criticism criticism =
                repository.byId(criticismId).orElseThrow(() -> new ApiException.NotFound("criticism", criticismId));
        List<String> critics = criticism.critics().stream()
                .filter(k -> "Person".equals(k.type()))
                .map(Ref::id)
                .toList();
        List<PenaltyFact> penalties = repository.penaltiesOf(critics).stream()
                .flatMap(p -> p.penalties().stream())
                .toList();
        return ConsequenceRules.of(criticism, penalties, windowMonths);
    }

    /** Statement 1: the person and their penalties (404 if no such person); statement 2: their criticisms. */
    List<Consequences> ofPerson(String personId, int windowMonths) {
        CriticismRepository.PersonPenalties person = person(personId);
        return repository.byCritic(personId).stream()
                .map(c -> new Consequences(
                        c,
                        windowMonths,
                        List.of(ConsequenceRules.forCritic(c, person.person(), person.penalties(), windowMonths))))
                .toList();
    }

    /** Statement 1: the person and their penalties; statement 2: their criticisms (the first is the anchor). */
    Fate fate(String personId) {
        CriticismRepository.PersonPenalties person = person(personId);
        Optional<Criticism> first = repository.byCritic(personId).stream().findFirst();
        return Fates.of(person.person(), person.died(), first.orElse(null), person.penalties());
    }

    private CriticismRepository.PersonPenalties person(String personId) {
        return repository.penaltiesOf(List.of(personId)).stream()
                .findFirst()
                .orElseThrow(() -> new ApiException.NotFound("person", personId));
    }
}
