package io.traitscore.export;

import static io.traitscore.Fixtures.as;

import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;

/**
 * A small opening whose notes test the writers: commas, quotes and a line break, an accented name with
 * a comma, markup that must stay text, a note that looks like a spreadsheet formula, a "no evidence"
 * rating and a draft that must never be exported.
 */
record ExportFixtures(UserAccount manager, UserAccount first, UserAccount second, long opening, String title,
        long zoe, String zoeName, long ben, long cleo) {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";
    static final String PROUD = "proud-to-serve";
    static final String QUOTED_NOTE = "Said \"I hear you\", then fixed it,\nand followed up by phone.";
    static final String SCRIPT_NOTE = "<script>alert(1)</script> & more";
    static final String FORMULA_NOTE = "=HYPERLINK(\"http://example.com\",\"click\")";

    static ExportFixtures build() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount first = Fixtures.user(Role.INTERVIEWER);
        UserAccount second = Fixtures.user(Role.INTERVIEWER);
        String title = Fixtures.unique("Support, Tier 2");
        long opening = as(manager).body(Map.of("title", title, "team", "Customer Care",
                        "traits", List.of(Fixtures.trait(LISTENS, 3, true), Fixtures.trait(ADAPTS, 2, false),
                                Fixtures.trait(PROUD, 1, false)),
                        "panel", List.of(Fixtures.seat(first, LISTENS, ADAPTS, PROUD),
                                Fixtures.seat(second, LISTENS, ADAPTS, PROUD))))
                .post("/api/openings").then().statusCode(201).extract().jsonPath().getLong("id");
        String zoeName = "Zoë Ünal, " + Fixtures.unique("Jr");
        long zoe = candidate(manager, opening, zoeName);
        long ben = candidate(manager, opening, Fixtures.unique("Ben Okoye"));
        long cleo = candidate(manager, opening, Fixtures.unique("Cleo Park"));

        submit(manager, zoe, first, "STRONG_YES", List.of(Fixtures.rating(LISTENS, 5, QUOTED_NOTE),
                Fixtures.rating(ADAPTS, 4, "Calm."), Fixtures.noEvidence(PROUD)));
        submit(manager, zoe, second, "NO", List.of(Fixtures.rating(LISTENS, 2, SCRIPT_NOTE),
                Fixtures.rating(ADAPTS, 4, null), Fixtures.rating(PROUD, 3, null)));
        submit(manager, ben, first, "YES", List.of(Fixtures.rating(LISTENS, 3, null),
                Fixtures.rating(ADAPTS, 2, FORMULA_NOTE), Fixtures.rating(PROUD, 4, null)));
        long draft = Fixtures.scheduleInterview(manager, ben, second);
        as(second).body(Fixtures.draft(null, "STRONG_NO", List.of(Fixtures.rating(LISTENS, 1, "Draft only"))))
                .put("/api/interviews/{id}/scorecard", draft).then().statusCode(200);
        return new ExportFixtures(manager, first, second, opening, title, zoe, zoeName, ben, cleo);
    }

    static long candidate(UserAccount manager, long opening, String name) {
        return as(manager).body(Map.of("name", name)).post("/api/openings/{id}/candidates", opening)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void submit(UserAccount manager, long candidate, UserAccount interviewer, String recommendation,
            List<Map<String, Object>> ratings) {
        long interview = Fixtures.scheduleInterview(manager, candidate, interviewer);
        Fixtures.submitScorecard(interviewer, interview, recommendation, ratings);
    }
}
