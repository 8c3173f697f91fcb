package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionStudyTest {

    private static final double EPS = 1e-12;

    // σ²_c = 0.3, σ²_ct = 0.2, σ²_i = 0.1, σ²_ci = 0.1, σ²_e = 0.4; two traits of equal weight (Σa² = 0.5)
    private static final DecisionStudy STUDY =
            DecisionStudy.of(new VarianceComponents(0.3, 0.2, 0.1, 0.1, 0.4), new double[] {1, 1});

    @Test
    void traitScoreByHand() {
        // τ = 0.3 + 0.2 = 0.5; one interviewer's errors δ = 0.1 + 0.4 = 0.5, Δ = 0.1 + 0.5 = 0.6
        // n = 1: E ρ² = 0.5/1.0 = 0.5, Φ = 0.5/1.1; n = 2: 0.5/0.75 = 2/3, Φ = 0.5/0.8 = 0.625
        // n = 6: 0.5/(0.5 + 0.5/6) = 6/7, Φ = 0.5/0.6 = 5/6
        assertEquals(6, STUDY.traitScore().size());
        assertEquals(new DecisionStudy.Projection(1, 0.5, 0.5 / 1.1), STUDY.traitScore().get(0));
        assertEquals(2.0 / 3, STUDY.traitScore().get(1).relative(), EPS);
        assertEquals(0.625, STUDY.traitScore().get(1).absolute(), EPS);
        assertEquals(6.0 / 7, STUDY.traitScore().get(5).relative(), EPS);
        assertEquals(5.0 / 6, STUDY.traitScore().get(5).absolute(), EPS);
        // For 0.80: n ≥ 4·δ/τ = 4 exactly (E ρ²(4) = 0.5/0.625 = 0.8) and 4·0.6/0.5 = 4.8 → 5
        assertEquals(Optional.of(4), STUDY.traitNeeded().relative().value());
        assertEquals(Optional.of(5), STUDY.traitNeeded().absolute().value());
    }

    @Test
    void overallScoreAveragesTheTraitSpecificPartsOnly() {
        // τ = 0.3 + 0.2·0.5 = 0.4; δ = 0.1 + 0.4·0.5 = 0.3, Δ = 0.1 + 0.3 = 0.4
        // n = 1: E ρ² = 0.4/0.7 = 4/7, Φ = 0.5; needed: 4·0.3/0.4 = 3, 4·0.4/0.4 = 4
        assertEquals(4.0 / 7, STUDY.overallScore().get(0).relative(), EPS);
        assertEquals(0.5, STUDY.overallScore().get(0).absolute(), EPS);
        assertEquals(Optional.of(3), STUDY.overallNeeded().relative().value());
        assertEquals(Optional.of(4), STUDY.overallNeeded().absolute().value());
    }

    @Test
    void noNumberOfInterviewersHelpsWhenCandidatesDoNotDiffer() {
        DecisionStudy flat = DecisionStudy.of(new VarianceComponents(0, 0, 0.1, 0.1, 0.4), new double[] {1, 2});
        assertEquals(Optional.of(DecisionStudy.NO_UNIVERSE_VARIANCE), flat.traitNeeded().relative().undefinedReason());
        assertEquals(0, flat.traitScore().get(5).relative(), 0);
    }

    @Test
    void beyondTwentyInterviewersTheAnswerIsMoreThanTwenty() {
        // τ = 0.01, δ = 1: 4·1/0.01 = 400 interviewers
        DecisionStudy noisy = DecisionStudy.of(new VarianceComponents(0.01, 0, 0, 0, 1), new double[] {1});
        assertEquals(Optional.of(DecisionStudy.MORE_THAN_MAX), noisy.traitNeeded().relative().undefinedReason());
    }
}
