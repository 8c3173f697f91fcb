package io.traitscore.profile;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.Fixtures;
import io.traitscore.candidate.Candidate;
import io.traitscore.opening.Opening;
import io.traitscore.security.UserAccount;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An opening with one candidate more than a comparison may show, written straight to the database
 * (a thousand API calls would only slow the tests). Close it to erase the candidates, so other tests
 * never meet them in lists or exports.
 */
public final class OverfullOpening implements AutoCloseable {

    public final long opening;
    public final List<Long> candidates;

    public OverfullOpening(UserAccount manager, String traitKey) {
        opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(traitKey, 2, false)), List.of());
        candidates = QuarkusTransaction.requiringNew().call(() -> {
            Opening owner = Opening.findById(opening);
            return IntStream.rangeClosed(0, ProfileService.MAX_COMPARED).mapToObj(i -> {
                Candidate candidate = new Candidate();
                candidate.opening = owner;
                candidate.name = "Applicant " + i;
                candidate.persist();
                return candidate.id;
            }).toList();
        });
    }

    @Override
    public void close() {
        QuarkusTransaction.requiringNew().run(() -> Candidate.update("erasedAt = ?1 where id in ?2", Instant.now(), candidates));
    }
}
