package io.traitscore.web;

import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;

import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;

/**
 * An opening with a two-person panel (Ian on both traits, Rosa on one), a candidate and a past interview
 * with Ian on his panel focus traits: the data most page tests need.
 */
public final class PageFixtures {

    public static final String LISTENS = "listens-with-empathy";
    public static final String ADAPTS = "adapts-easily";

    public final UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
    public final UserAccount ian = Fixtures.user(Role.INTERVIEWER);
    public final UserAccount rosa = Fixtures.user(Role.INTERVIEWER);
    public final long opening;
    public final long candidate;
    public final long interview;

    public PageFixtures() {
        this("Candidate");
    }

    /** @param candidateName may contain markup, to check it is escaped */
    public PageFixtures(String candidateName) {
        opening = Fixtures.createOpening(manager, List.of(trait(LISTENS, 3, true), trait(ADAPTS, 2, false)),
                List.of(seat(ian, LISTENS, ADAPTS), seat(rosa, LISTENS)));
        candidate = Fixtures.as(manager).body(java.util.Map.of("name", candidateName + " " + Fixtures.unique("c")))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().jsonPath().getLong("id");
        // Long past, so the scorecard is owed (overdue) whatever the date the tests run on.
        interview = Fixtures.as(manager).body(java.util.Map.of("interviewerId", ian.id, "scheduledAt", "2020-01-15T10:00:00Z"))
                .post("/api/candidates/{id}/interviews", candidate).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
