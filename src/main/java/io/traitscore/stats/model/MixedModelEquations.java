package io.traitscore.stats.model;

/**
 * Builds and factors the (scaled) mixed model equations of the rater model for given relative
 * standard deviations θ, exploiting their block-arrowhead shape.
 *
 * <p>With u the spherical random effects (b = Λ_θ u, u ~ N(0, σ²I)), the equations are
 * <pre>
 *   M(θ) [u; β] = [Λᵀ Zᵀ y; Xᵀ y],   M(θ) = [ΛᵀZᵀZΛ + I   ΛᵀZᵀX]
 *                                          [XᵀZΛ          XᵀX  ]
 * </pre>
 * (Bates, Mächler, Bolker &amp; Walker 2015, "Fitting linear mixed-effects models using lme4",
 * J. Stat. Softw. 67(1), section 3). Unknowns are ordered so that each candidate's own effects
 * (their candidate:trait effects, candidate:interviewer effects and candidate effect) come first, one
 * block per candidate, and the interviewer effects and fixed trait means form a border. No
 * candidate's block touches another's, so M = [D B; Bᵀ E] with D block-diagonal, and block
 * elimination gives, in time linear in the number of candidates,
 * <ul>
 *   <li>the Cholesky factor L_j of each D_j and V_j = L_j⁻¹B_j,</li>
 *   <li>the Schur complement S = E − Σ_j B_jᵀ D_j⁻¹ B_j and its Cholesky factor L_S,</li>
 *   <li>log det M = Σ_j log det D_j + log det S, and</li>
 *   <li>the penalised residual sum of squares r² = yᵀy − cᵀM⁻¹c (c the right-hand side), carried
 *       along as an extra row of the elimination, as lme4 does with its augmented system.</li>
 * </ul>
 * Within a block the candidate:trait effects are eliminated first: their part of D_j is diagonal,
 * so each pivot touches only the few rows it is coupled with, and the elimination skips zeros.
 *
 * <p>With {@code withFixed = false} the fixed effects are left out: M is then ΛᵀZᵀZΛ + I, whose
 * inverse gives lme4's conditional variances (conditional on the estimated β).
 *
 * <p>Not thread-safe: it reuses its work arrays between calls.
 */
final class MixedModelEquations {

    private final RatingDesign design;
    private final boolean withFixed;
    private final int borderSize;
    private final double[] local;
    private final int[] globalOf;
    private final int[] nonzero;
    private final double[] border;
    private final int[] borderNonzero;

    MixedModelEquations(RatingDesign design, boolean withFixed) {
        this.design = design;
        this.withFixed = withFixed;
        this.borderSize = design.interviewers() + (withFixed ? design.traits() : 0);
        int largest = 0;
        for (CandidateBlock b : design.blocks) {
            largest = Math.max(largest, localWidth(b));
        }
        local = new double[largest * largest];
        globalOf = new int[largest];
        nonzero = new int[largest];
        border = new double[(borderSize + 1) * (borderSize + 1)];
        borderNonzero = new int[borderSize + 1];
    }

    boolean withFixed() {
        return withFixed;
    }

    int borderSize() {
        return borderSize;
    }

    RatingDesign design() {
        return design;
    }

    /** Border index of the fixed effect of global trait t. */
    int fixedSlot(int trait) {
        return design.interviewers() + trait;
    }

    /**
     * Factors M(θ).
     *
     * @param keep whether to keep every block's factor (for solutions and variances) or only the
     *             log-determinant and r² (for the optimiser)
     * @throws NotPositiveDefiniteException when a pivot is not positive (numerically singular)
     */
    Factorization factor(double[] theta, boolean keep) {
        initBorder(theta);
        double logDet = 0;
        LocalFactor[] kept = keep ? new LocalFactor[design.candidates()] : null;
        for (int j = 0; j < design.candidates(); j++) {
            CandidateBlock b = design.blocks[j];
            int m = assemble(b, theta);
            int nl = b.localSize();
            logDet += eliminate(local, m, nl, nonzero);
            if (keep) {
                kept[j] = LocalFactor.copyOf(local, m, nl, globalOf);
            }
            addTrailing(m, nl);
        }
        int w = borderSize + 1;
        logDet += eliminate(border, w, borderSize, borderNonzero);
        double rss = border[w * w - 1];
        return new Factorization(this, logDet, rss, kept, keep ? border.clone() : null);
    }

    private static int localWidth(CandidateBlock b) {
        return b.localSize() + b.interviewers.length + b.traits.length + 1;
    }

    /** E of the border (interviewers, then trait means) and the border's right-hand side. */
    private void initBorder(double[] th) {
        java.util.Arrays.fill(border, 0);
        int w = borderSize + 1;
        int rhs = borderSize;
        double ti = th[VarianceTerm.INTERVIEWER.ordinal()];
        for (int i = 0; i < design.interviewers(); i++) {
            border[i * w + i] = ti * ti * design.interviewerCount[i] + 1;
            border[rhs * w + i] = ti * design.interviewerSum[i];
        }
        if (withFixed) {
            for (int t = 0; t < design.traits(); t++) {
                int r = fixedSlot(t);
                for (int i = 0; i < design.interviewers(); i++) {
                    border[r * w + i] = ti * design.interviewerTraitCount[i][t];
                }
                border[r * w + r] = design.traitCount[t];
                border[rhs * w + r] = design.traitSum[t];
            }
        }
        border[rhs * w + rhs] = design.sumOfSquares;
    }

    /**
     * Lower triangle of candidate j's block [D_j; B_jᵀ; c_jᵀ] with a zero border part, so that after
     * eliminating the local pivots the trailing part holds −B_jᵀD_j⁻¹B_j (and its right-hand side).
     * Row layout: candidate:trait effects, candidate:interviewer effects, the candidate effect, then the
     * border slots of the candidate's interviewers and traits, then the right-hand side.
     */
    private int assemble(CandidateBlock b, double[] th) {
        double tc = th[VarianceTerm.CANDIDATE.ordinal()];
        double tt = th[VarianceTerm.CANDIDATE_TRAIT.ordinal()];
        double ti = th[VarianceTerm.INTERVIEWER.ordinal()];
        double tx = th[VarianceTerm.CANDIDATE_INTERVIEWER.ordinal()];
        int nt = b.traits.length;
        int ni = b.interviewers.length;
        int nl = b.localSize();
        int m = nl + ni + (withFixed ? nt : 0) + 1;
        java.util.Arrays.fill(local, 0, m * m, 0);
        int c = b.candidateSlot();
        int rhs = m - 1;
        for (int t = 0; t < nt; t++) {
            local[t * m + t] = tt * tt * b.traitCount[t] + 1;
            local[c * m + t] = tc * tt * b.traitCount[t];
            local[rhs * m + t] = tt * b.traitSum[t];
            globalOf[t] = -1;
        }
        for (int i = 0; i < ni; i++) {
            int r = b.interviewerSlot(i);
            local[r * m + r] = tx * tx * b.interviewerCount[i] + 1;
            local[c * m + r] = tc * tx * b.interviewerCount[i];
            local[rhs * m + r] = tx * b.interviewerSum[i];
            int u = nl + i;
            local[u * m + r] = ti * tx * b.interviewerCount[i];
            local[u * m + c] = ti * tc * b.interviewerCount[i];
            globalOf[r] = -1;
            globalOf[u] = b.interviewers[i];
        }
        local[c * m + c] = tc * tc * b.count + 1;
        local[rhs * m + c] = tc * b.sum;
        globalOf[c] = -1;
        for (int k = 0; k < b.cellCount.length; k++) {
            int t = b.cellTrait[k];
            int i = b.cellInterviewer[k];
            double n = b.cellCount[k];
            local[b.interviewerSlot(i) * m + t] += tx * tt * n;
            local[(nl + i) * m + t] += ti * tt * n;
        }
        if (withFixed) {
            for (int t = 0; t < nt; t++) {
                int r = nl + ni + t;
                local[r * m + t] = tt * b.traitCount[t];
                local[r * m + c] = tc * b.traitCount[t];
                globalOf[r] = fixedSlot(b.traits[t]);
            }
            for (int k = 0; k < b.cellCount.length; k++) {
                local[(nl + ni + b.cellTrait[k]) * m + b.interviewerSlot(b.cellInterviewer[k])] += tx * b.cellCount[k];
            }
        }
        globalOf[rhs] = borderSize;
        return m;
    }

    /**
     * In-place Cholesky elimination of the first {@code pivots} columns of the symmetric matrix whose
     * lower triangle is stored row-major in {@code a} (width m): afterwards those columns hold L and
     * the trailing block the Schur complement. Rows with a zero in the pivot column are skipped.
     *
     * @return log det of the eliminated part, 2 Σ log L_kk
     */
    private static double eliminate(double[] a, int m, int pivots, int[] nz) {
        double logDet = 0;
        for (int k = 0; k < pivots; k++) {
            double pivot = a[k * m + k];
            if (!(pivot > 0)) {
                throw new NotPositiveDefiniteException();
            }
            double d = Math.sqrt(pivot);
            a[k * m + k] = d;
            logDet += 2 * Math.log(d);
            int count = 0;
            for (int r = k + 1; r < m; r++) {
                double v = a[r * m + k];
                if (v != 0) {
                    a[r * m + k] = v / d;
                    nz[count++] = r;
                }
            }
            for (int p = 0; p < count; p++) {
                int r = nz[p];
                double lr = a[r * m + k];
                int row = r * m;
                for (int q = 0; q <= p; q++) {
                    int s = nz[q];
                    a[row + s] -= lr * a[s * m + k];
                }
            }
        }
        return logDet;
    }

    private void addTrailing(int m, int nl) {
        int w = borderSize + 1;
        for (int r = nl; r < m; r++) {
            int gr = globalOf[r];
            for (int s = nl; s <= r; s++) {
                int gs = globalOf[s];
                double v = local[r * m + s];
                if (gr >= gs) {
                    border[gr * w + gs] += v;
                } else {
                    border[gs * w + gr] += v;
                }
            }
        }
    }

    /** A pivot of the elimination was not positive: M(θ) is numerically singular. */
    static final class NotPositiveDefiniteException extends RuntimeException {
        NotPositiveDefiniteException() {
            super("the mixed model equations are numerically singular", null, false, false);
        }
    }
}
