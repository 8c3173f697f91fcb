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
 * Each block is assembled and eliminated by {@link CandidateElimination}; this class adds the border
 * and factors it.
 *
 * <p>With {@code withFixed = false} the fixed effects are left out: M is then ΛᵀZᵀZΛ + I, whose
 * inverse gives lme4's conditional variances (conditional on the estimated β).
 *
 * <p>Large designs are eliminated in parallel chunks, each with its own work arrays and partial sums,
 * added in a fixed order. Not thread-safe: calls reuse the work arrays.
 */
final class MixedModelEquations {

    /** Designs with this many candidates or more are eliminated in parallel chunks. */
    static final int PARALLEL_FROM = 1000;
    /**
     * A fixed number of chunks, whatever the number of cores, so that the partial sums are added in the
     * same order every time and the result does not depend on the machine.
     */
    static final int CHUNKS = 8;

    private final RatingDesign design;
    private final boolean withFixed;
    private final int borderSize;
    private final int width;
    private final CandidateElimination blocks;
    private final CandidateElimination.Workspace[] workspaces;
    private final double[] border;
    private final int[] borderNonzero;
    private final double[] borderColumn;

    MixedModelEquations(RatingDesign design, boolean withFixed) {
        this(design, withFixed, design.candidates() >= PARALLEL_FROM ? CHUNKS : 1);
    }

    /** With an explicit number of chunks, eliminated in parallel when more than one. */
    MixedModelEquations(RatingDesign design, boolean withFixed, int chunks) {
        this.design = design;
        this.withFixed = withFixed;
        this.borderSize = design.interviewers() + (withFixed ? design.traits() : 0);
        this.width = borderSize + 1;
        this.blocks = new CandidateElimination(design, withFixed, borderSize);
        workspaces = new CandidateElimination.Workspace[chunks];
        for (int c = 0; c < chunks; c++) {
            workspaces[c] = blocks.workspace();
        }
        border = new double[width * width];
        borderNonzero = new int[width];
        borderColumn = new double[width];
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
        LocalFactor[] kept = keep ? new LocalFactor[design.candidates()] : null;
        int chunks = workspaces.length;
        int n = design.candidates();
        if (chunks == 1) {
            eliminateCandidates(workspaces[0], theta, 0, n, kept);
        } else {
            java.util.stream.IntStream.range(0, chunks).parallel().forEach(c ->
                    eliminateCandidates(workspaces[c], theta, (int) ((long) n * c / chunks),
                            (int) ((long) n * (c + 1) / chunks), kept));
        }
        initBorder(theta);
        double logDet = 0;
        for (CandidateElimination.Workspace w : workspaces) {
            logDet += w.logDet;
            for (int e = 0; e < border.length; e++) {
                border[e] += w.border[e];
            }
        }
        logDet += eliminate(border, width, borderSize, borderNonzero, borderColumn);
        double rss = border[width * width - 1];
        return new Factorization(this, logDet, rss, kept, keep ? border.clone() : null);
    }

    private void eliminateCandidates(CandidateElimination.Workspace w, double[] theta, int from, int to,
            LocalFactor[] kept) {
        w.reset();
        for (int j = from; j < to; j++) {
            blocks.eliminate(w, design.blocks[j], theta, kept, j);
        }
    }

    /** E of the border (interviewers, then trait means) and the border's right-hand side. */
    private void initBorder(double[] th) {
        java.util.Arrays.fill(border, 0);
        int w = width;
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
     * In-place Cholesky elimination of the first {@code pivots} columns of the symmetric matrix whose
     * lower triangle is stored row-major in {@code a} (width m): afterwards those columns hold L and
     * the trailing block the Schur complement. Rows with a zero in the pivot column are skipped. Used for
     * the border, which is dense or nearly so.
     *
     * @return log det of the eliminated part, 2 Σ log L_kk
     */
    private static double eliminate(double[] a, int m, int pivots, int[] nz, double[] column) {
        double logDet = 0;
        for (int k = 0; k < pivots; k++) {
            double d = Triangular.pivotRoot(a, k * m + k);
            logDet += 2 * Math.log(d);
            int count = 0;
            for (int r = k + 1; r < m; r++) {
                double v = a[r * m + k];
                if (v != 0) {
                    v /= d;
                    a[r * m + k] = v;
                    nz[count] = r;
                    column[count++] = v;
                }
            }
            for (int p = 0; p < count; p++) {
                int row = nz[p] * m;
                double lr = column[p];
                for (int q = 0; q <= p; q++) {
                    a[row + nz[q]] -= lr * column[q];
                }
            }
        }
        return logDet;
    }

    /** A pivot of the elimination was not positive: M(θ) is numerically singular. */
    static final class NotPositiveDefiniteException extends RuntimeException {
        NotPositiveDefiniteException() {
            super("the mixed model equations are numerically singular", null, false, false);
        }
    }
}
