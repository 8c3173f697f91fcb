package io.traitscore.security;

import static io.traitscore.Fixtures.as;

import io.traitscore.Fixtures;
import java.util.List;
import java.util.Map;

/**
 * An opening with one candidate and two interviews, arranged so that the actor is in scope: a
 * hiring manager owns the opening and interviews, an interviewer conducts one interview, and a
 * colleague has already submitted the other scorecard.
 */
record PermissionWorld(UserAccount actor, UserAccount owner, long opening, long candidate, long actorsInterview,
        long colleaguesInterview, String trait, UserAccount colleague) {

    static PermissionWorld build(UserAccount actor, String trait) {
        UserAccount owner = actor.role == Role.HIRING_MANAGER ? actor : Fixtures.user(Role.HIRING_MANAGER);
        UserAccount interviewer = actor.role.canInterview() ? actor : Fixtures.user(Role.INTERVIEWER);
        UserAccount colleague = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(owner, List.of(Fixtures.trait(trait, 2, false)),
                List.of(Fixtures.seat(interviewer, trait), Fixtures.seat(colleague, trait)));
        long candidate = Fixtures.createCandidate(owner, opening);
        long interview = Fixtures.scheduleInterview(owner, candidate, interviewer);
        long colleaguesInterview = Fixtures.scheduleInterview(owner, candidate, colleague);
        Fixtures.submitScorecard(colleague, colleaguesInterview, "YES", List.of(Fixtures.rating(trait, 4, "Adapted calmly.")));
        return new PermissionWorld(actor, owner, opening, candidate, interview, colleaguesInterview, trait, colleague);
    }

    Map<String, Object> openingUpdate() {
        return Map.of("title", "Renamed " + Fixtures.unique("opening"), "team", "Care",
                "traits", List.of(Fixtures.trait(trait, 3, true)));
    }

    /** Interviewers may read others' feedback only after submitting their own. */
    void submitOwnScorecardIfInterviewing() {
        if (actor.role.canInterview()) {
            Fixtures.submitScorecard(actor, actorsInterview, "YES", List.of(Fixtures.rating(trait, 3, null)));
        }
    }

    /** The opening's manager opens the candidate's debrief (early, when a scorecard is still out). */
    void openDebrief() {
        if (owner.id.equals(actor.id)) {
            // The manager interviews here too: by the independence rule they decide only after submitting.
            var own = as(actor).get("/api/interviews/{id}/scorecard", actorsInterview).then().extract();
            if (own.statusCode() != 200 || !"SUBMITTED".equals(own.jsonPath().getString("status"))) {
                submitOwnScorecardIfInterviewing();
            }
        }
        if ("DEBRIEF".equals(as(owner).get("/api/candidates/{id}", candidate).then().extract().jsonPath().getString("status"))) {
            return; // the actor's scorecard was the last one out: the candidate moved into debrief on their own
        }
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("stage", "DEBRIEF");
        body.put("note", "Opened for the permission test.");
        body.put("overrideDebrief", true);
        as(owner).body(body).post("/api/candidates/{id}/stage", candidate).then().statusCode(200);
    }

    /** The opening's manager uploads a CV for the candidate; answers its id. */
    long uploadCv() {
        return as(owner).contentType("text/plain").queryParam("fileName", "cv.txt").body("Six years in customer support.")
                .post("/api/candidates/{id}/documents", candidate).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A candidate of the opening in debrief, whose only scorecard (the colleague's) ticked a red flag. */
    long candidateWithARedFlagInDebrief() {
        long other = Fixtures.createCandidate(owner, opening);
        long interview = Fixtures.scheduleInterview(owner, other, colleague);
        Map<String, Object> flagged = new java.util.HashMap<>(Fixtures.rating(trait, 3, "Blamed the tools."));
        flagged.put("redFlags", List.of(trait + ".rf1"));
        Fixtures.submitScorecard(colleague, interview, "NO", List.of(flagged));
        return other;
    }

    /** A second candidate of the opening whose only interview, with the colleague, is not scored yet. */
    long candidateAwaitingScorecards() {
        long other = Fixtures.createCandidate(owner, opening);
        Fixtures.scheduleInterview(owner, other, colleague);
        return other;
    }
}
