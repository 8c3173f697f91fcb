package io.traitscore.stats.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every random effect's BLUP with its conditional variance (lme4's {@code condVar}: the fixed effects
 * taken as known, so from (ΛᵀZᵀZΛ + I)⁻¹) and its prediction error variance (from the full M⁻¹), kept as
 * arrays and turned into {@link RandomEffect}s only when asked for.
 *
 * <p>Per candidate j the arrays follow the block's layout: candidate:trait effects, candidate:interviewer
 * effects, then the candidate effect; interviewers follow the design's order.
 */
final class RandomEffectTable {

    private final RatingDesign design;
    private final double[][] local;
    private final double[][] localConditional;
    private final double[][] localPev;
    private final double[] interviewer;
    private final double[] interviewerConditional;
    private final double[] interviewerPev;

    private RandomEffectTable(RatingDesign design, int candidates, int interviewers) {
        this.design = design;
        local = new double[candidates][];
        localConditional = new double[candidates][];
        localPev = new double[candidates][];
        interviewer = new double[interviewers];
        interviewerConditional = new double[interviewers];
        interviewerPev = new double[interviewers];
    }

    static RandomEffectTable of(RatingDesign design, double[] theta, double s2) {
        Factorization full = new MixedModelEquations(design, true).factor(theta, true);
        double[] border = full.borderSolution();
        double[][] solution = new double[design.candidates()][];
        for (int j = 0; j < design.candidates(); j++) {
            solution[j] = full.local(j).solution(border);
        }
        Factorization conditional = new MixedModelEquations(design, false).factor(theta, true);
        RandomEffectTable table = new RandomEffectTable(design, design.candidates(), design.interviewers());
        double ti = theta[VarianceTerm.INTERVIEWER.ordinal()];
        double[][] fullInverse = full.borderInverse();
        double[][] conditionalInverse = conditional.borderInverse();
        for (int i = 0; i < design.interviewers(); i++) {
            table.interviewer[i] = ti * border[i];
            table.interviewerPev[i] = s2 * ti * ti * fullInverse[i][i];
            table.interviewerConditional[i] = s2 * ti * ti * conditionalInverse[i][i];
        }
        double[] noFullBorder = new double[full.borderSize()];
        double[] noConditionalBorder = new double[conditional.borderSize()];
        for (int j = 0; j < design.candidates(); j++) {
            CandidateBlock b = design.blocks[j];
            int nl = b.localSize();
            table.local[j] = new double[nl];
            table.localPev[j] = new double[nl];
            table.localConditional[j] = new double[nl];
            for (int s = 0; s < nl; s++) {
                double scale = theta[termOf(b, s).ordinal()];
                double[] e = new double[nl];
                e[s] = scale;
                table.local[j][s] = scale * solution[j][s];
                table.localPev[j][s] = s2 * full.quadratic(j, e, noFullBorder).value();
                table.localConditional[j][s] = s2 * conditional.quadratic(j, e, noConditionalBorder).value();
            }
        }
        return table;
    }

    private static VarianceTerm termOf(CandidateBlock b, int slot) {
        if (slot < b.traits.length) {
            return VarianceTerm.CANDIDATE_TRAIT;
        }
        return slot == b.candidateSlot() ? VarianceTerm.CANDIDATE : VarianceTerm.CANDIDATE_INTERVIEWER;
    }

    List<RandomEffect> of(VarianceTerm term) {
        List<RandomEffect> result = new ArrayList<>();
        if (term == VarianceTerm.INTERVIEWER) {
            for (int i = 0; i < design.interviewers(); i++) {
                result.add(new RandomEffect(term, Long.toString(design.interviewerIds[i]), interviewer[i],
                        interviewerConditional[i], interviewerPev[i]));
            }
            return result;
        }
        for (int j = 0; j < design.candidates(); j++) {
            CandidateBlock b = design.blocks[j];
            String candidate = Long.toString(design.candidateIds[j]);
            for (int s = 0; s < b.localSize(); s++) {
                if (termOf(b, s) != term) {
                    continue;
                }
                String level = switch (term) {
                    case CANDIDATE -> candidate;
                    case CANDIDATE_TRAIT -> candidate + ":" + design.traitKeys[b.traits[s]];
                    default -> candidate + ":" + design.interviewerIds[b.interviewers[s - b.traits.length]];
                };
                result.add(new RandomEffect(term, level, local[j][s], localConditional[j][s], localPev[j][s]));
            }
        }
        return result;
    }
}
