package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model on the demo opening the application ships (87 scores: six candidates, four interviewers each
 * scoring their four or five focus traits). Without the candidate term its candidate:trait variance goes to 0
 * and every candidate gets the same prediction (issue 14); with it, the candidates come out as the demo data
 * describe them.
 */
class DemoOpeningTest {

    private final DemoOpening demo = new DemoOpening();
    private final RaterModelFit fit = RaterModel.fit(demo.input()).orElseThrow();

    @Test
    void candidatesAreToldApartByTheirGeneralLevel() {
        assertEquals(87, fit.ratingCount());
        assertTrue(fit.varianceComponents().candidate() > 0.2, fit.varianceComponents().toString());
        List<String> ranked = fit.candidates().stream()
                .sorted(Comparator.comparingDouble((CandidateScores c) -> -c.overall().estimate()))
                .map(c -> demo.candidateNames.get((int) c.candidateId() - 1)).toList();
        assertEquals("Priya Raghunathan", ranked.get(0), "strong all round");
        assertEquals("Kwame Asante", ranked.get(5), "weak");
        assertTrue(fit.overallDifference(1, 5).distinguishable());
    }

    @Test
    void aCandidateWithoutAScoreOnATraitIsStillPredictedOnIt() {
        // The demo's candidate:trait variance is estimated at 0 (the trait profiles do not stand out from the
        // noise), so every prediction is the trait's mean plus the candidate's general level, also on the trait
        // Zoë was never scored on.
        assertEquals(0, fit.varianceComponents().candidateTrait(), 1e-9);
        CandidateScores zoe = fit.candidates().get(3);
        assertEquals(List.of("reads-beyond-the-words"), zoe.traitsNotScored());
        double level = zoe.traits().get("listens-with-empathy").estimate() - mean("listens-with-empathy");
        assertEquals(level, zoe.traits().get("reads-beyond-the-words").estimate() - mean("reads-beyond-the-words"),
                1e-4);
    }

    private double mean(String trait) {
        return fit.traitMeans().stream().filter(m -> m.traitKey().equals(trait)).findFirst().orElseThrow().mean()
                .estimate();
    }
}
