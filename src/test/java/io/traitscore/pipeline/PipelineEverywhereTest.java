package io.traitscore.pipeline;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.export.ExportReaders;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Stages and decisions beyond their own pages: the comparison marks provisional candidates and filters by stage,
 * the recruiter's dashboard lists who waits for a decision, exports and the personal-data export carry stages
 * and decisions, and erasure removes the written text but keeps the anonymous decision and its figures.
 */
@QuarkusTest
class PipelineEverywhereTest {

    static final String LISTENS = "listens-with-empathy";

    @Test
    void stagesAndDecisionsReachComparisonDashboardExportsAndPrivacy() throws Exception {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        UserAccount hr = Fixtures.user(Role.HR);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(LISTENS, 2, true)), List.of(Fixtures.seat(ian, LISTENS)));
        long decided = Fixtures.createCandidate(manager, opening);
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, decided, ian, LISTENS), "NO",
                List.of(Fixtures.rating(LISTENS, 2, "Interrupted twice.")));
        long waiting = Fixtures.createCandidate(manager, opening);
        Fixtures.submitScorecard(ian, Fixtures.scheduleInterview(manager, waiting, ian, LISTENS), "YES",
                List.of(Fixtures.rating(LISTENS, 4, "Calm.")));
        long provisional = Fixtures.createCandidate(manager, opening);
        Fixtures.scheduleInterview(manager, provisional, ian, LISTENS);
        Fixtures.requireStage(recruiter, decided, "DEBRIEF");
        Fixtures.requireStage(recruiter, waiting, "DEBRIEF");
        // Texts of this test alone: the audit read below spans every test's decisions.
        String rationale = Fixtures.unique("Warm on the phone with Mrs Example") + ".";
        String justification = Fixtures.unique("Listening improves with coaching") + ".";
        Map<String, Object> hire = new HashMap<>(Map.of("decision", "HIRE", "citedTraits", List.of(LISTENS),
                "rationale", rationale, "justification", justification));
        as(manager).body(hire).post("/api/candidates/{id}/decisions", decided).then().statusCode(201);

        WebSession session = WebSession.loginAs(recruiter);
        Document compare = session.page("/openings/{id}/compare", opening);
        assertThat(compare.select("th.person[data-candidate=" + provisional + "] [data-provisional]")).hasSize(1);
        assertThat(compare.select("th.person[data-candidate=" + waiting + "] [data-provisional]")).isEmpty();
        assertThat(compare.select("th.person[data-candidate=" + decided + "] [data-decision]").text())
                .isEqualTo("Hire (decided against the evidence)");
        Document hidden = session.page("/openings/{id}/compare?hideProvisional=true", opening);
        assertThat(hidden.select("th.person").eachAttr("data-candidate"))
                .containsExactlyInAnyOrder(String.valueOf(decided), String.valueOf(waiting));
        Document debriefOnly = session.page("/openings/{id}/compare?stage=DEBRIEF&stage=OFFERED", opening);
        assertThat(debriefOnly.select("th.person")).hasSize(2);
        assertThat(debriefOnly.select("input[name=stage][value=DEBRIEF][checked]")).hasSize(1);
        assertThat(session.page("/openings/{id}/compare?stage=HIRED", opening).select("th.person")).isEmpty();

        Document dashboard = session.page("/");
        assertThat(dashboard.select("#awaiting-decision a[href=/candidates/" + waiting + "/pipeline]")).hasSize(1);
        assertThat(dashboard.select("#awaiting-decision a[href=/candidates/" + decided + "/pipeline]")).isEmpty();
        assertThat(dashboard.select("#awaiting-decision").text()).contains("in debrief for 0 days");

        Document profile = WebSession.loginAs(manager).page("/candidates/{id}", decided);
        assertThat(profile.select("#decision-mark [data-against-evidence]").text()).isEqualTo("Decided against the evidence");

        List<CSVRecord> rows = ExportReaders.csv(as(hr).queryParam("opening", opening).get("/api/exports/candidates.csv")
                .then().statusCode(200).extract().asByteArray());
        CSVRecord row = rows.stream().filter(r -> r.get("Candidate ID").equals(String.valueOf(decided))).findFirst().orElseThrow();
        assertThat(row.get("Status")).isEqualTo("DEBRIEF");
        assertThat(row.get("Decision")).isEqualTo("HIRE");
        assertThat(row.get("Decided against the evidence")).isEqualTo("yes");
        assertThat(row.get("Evidence conflicts")).contains("must-have with a mean of 2.0, below 3");

        JsonPath personal = as(hr).get("/api/candidates/{id}/personal-data", decided).then().statusCode(200).extract().jsonPath();
        assertThat(personal.getList("stages.to")).containsExactly("APPLIED", "INTERVIEWING", "DEBRIEF");
        assertThat(personal.getString("decisions[0].rationale")).isEqualTo(rationale);
        assertThat(personal.getList("auditTrail.entityType")).contains("DecisionRecord");

        as(hr).queryParam("reason", "asked to be forgotten").delete("/api/candidates/{id}/personal-data", decided)
                .then().statusCode(200);
        JsonPath kept = as(Fixtures.user(Role.ADMIN)).get("/api/openings/{id}/decisions", opening).then().statusCode(200)
                .extract().jsonPath();
        assertThat(kept.getString("find { it.candidateId == " + decided + " }.decision")).isEqualTo("HIRE");
        assertThat(kept.getBoolean("find { it.candidateId == " + decided + " }.againstEvidence")).isTrue();
        assertThat(kept.getString("find { it.candidateId == " + decided + " }.rationale")).isNull();
        assertThat(kept.getString("find { it.candidateId == " + decided + " }.justification")).isNull();
        assertThat(kept.getDouble("find { it.candidateId == " + decided + " }.snapshot.overall.score")).isEqualTo(2.0);
        String audit = as(hr).queryParam("entityType", "DecisionRecord").queryParam("size", 200).get("/api/audit").then()
                .statusCode(200).extract().asString();
        assertThat(audit).doesNotContain(rationale).doesNotContain(justification);
    }
}
