package io.traitscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.catalog.TraitView;
import io.traitscore.interview.ScorecardStatus;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardVersionsTest {

    @Test
    void eachPartIsComparedAndOnlyWhatTheInterviewerFilledInCountsAsTyped() {
        ScorecardView saved = new ScorecardView(1, 2, new ScorecardView.Ref(3, "Ana"), new ScorecardView.Ref(4, "Ian"),
                ScorecardStatus.DRAFT, Recommendation.YES, "Warm.", "v1", Instant.EPOCH, Instant.EPOCH, null,
                List.of(new ScorecardView.RatingView("listens", "Listens", 4, false, "Let him finish.", List.of(), List.of())),
                List.of(), 3);
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("score.listens", "4");
        fields.add("evidence.listens", "Let him finish.\r\n");
        fields.add("score.adapts", "none");
        fields.add("recommendation", "STRONG_YES");
        ScorecardForm mine = ScorecardForm.parse(fields, List.of("listens", "adapts"));

        ScorecardVersions versions = ScorecardVersions.of(saved, mine, List.of(trait("listens", "Listens"), trait("adapts", "Adapts")));

        assertThat(versions.rows()).extracting(ScorecardVersions.Row::label)
                .containsExactly("Listens", "Adapts", "Recommendation", "Summary");
        assertThat(versions.getDifferences()).extracting(ScorecardVersions.Row::label)
                .as("line endings alone are no difference").containsExactly("Adapts", "Recommendation", "Summary");
        ScorecardVersions.Row adapts = versions.rows().get(1);
        assertThat(adapts.savedScore()).isEqualTo("Not rated");
        assertThat(adapts.myScore()).isEqualTo("No evidence");
        assertThat(versions.rows().get(2).myScore()).isEqualTo("Strong yes");
        assertThat(versions.getTyped()).extracting(ScorecardVersions.Row::label)
                .containsExactly("Listens", "Adapts", "Recommendation");
    }

    private static TraitView trait(String key, String name) {
        return new TraitView(key, 1, name, "", null, List.of(), List.of(), List.of(), List.of());
    }
}
