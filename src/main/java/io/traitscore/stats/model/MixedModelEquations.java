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
    private final Workspace[] workspaces;
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
        int largest = 0;
        for (CandidateBlock b : design.blocks) {
            largest = Math.max(largest, localWidth(b));
        }
        workspaces = new Workspace[chunks];
        for (int c = 0; c < chunks; c++) {
            workspaces[c] = new Workspace(largest, width);
        }
        border = new double[width * width];
        borderNonzero = new int[width];
        borderColumn = new double[width];
    }

    /** One chunk's work arrays and its partial sums. */
    private static final class Workspace {
        final double[] local;
        final int[] globalOf;
        final double[] column;
        final double[] border;
        double logDet;

        Workspace(int largest, int width) {
            local = new double[largest * largest];
            globalOf = new int[largest];
            column = new double[largest];
            border = new double[width * width];
        }
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
        for (Workspace w : workspaces) {
            logDet += w.logDet;
            for (int e = 0; e < border.length; e++) {
                border[e] += w.border[e];
            }
        }
        logDet += eliminate(border, width, borderSize, borderNonzero, borderColumn);
        double rss = border[width * width - 1];
        return new Factorization(this, logDet, rss, kept, keep ? border.clone() : null);
    }

    private void eliminateCandidates(Workspace w, double[] theta, int from, int to, LocalFactor[] kept) {
        java.util.Arrays.fill(w.border, 0);
        w.logDet = 0;
        for (int j = from; j < to; j++) {
            CandidateBlock b = design.blocks[j];
            int m = assemble(w, b, theta);
            int nl = b.localSize();
            w.logDet += eliminateBlock(w, b, m);
            if (kept != null) {
                kept[j] = LocalFactor.copyOf(w.local, m, nl, rhsRow(b), w.globalOf);
            }
            addTrailing(w, m, nl);
        }
    }

    private static int localWidth(CandidateBlock b) {
        return b.localSize() + b.interviewers.length + b.traits.length + 1;
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
     * Lower triangle of candidate j's block [D_j; B_jᵀ; c_jᵀ] with a zero border part, so that after
     * eliminating the local pivots the trailing part holds −B_jᵀD_j⁻¹B_j (and its right-hand side).
     * Row layout: candidate:trait effects, candidate:interviewer effects, the candidate effect, the border
     * slots of the candidate's interviewers, the right-hand side, then the border slots of their traits:
     * so every row a candidate:trait pivot touches, except its own trait mean, is in one contiguous range.
     */
    private int assemble(Workspace w, CandidateBlock b, double[] th) {
        double[] local = w.local;
        int[] globalOf = w.globalOf;
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
        int rhs = rhsRow(b);
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
                int r = rhs + 1 + t;
                local[r * m + t] = tt * b.traitCount[t];
                local[r * m + c] = tc * b.traitCount[t];
                globalOf[r] = fixedSlot(b.traits[t]);
            }
            for (int k = 0; k < b.cellCount.length; k++) {
                local[(rhs + 1 + b.cellTrait[k]) * m + b.interviewerSlot(b.cellInterviewer[k])] += tx * b.cellCount[k];
            }
        }
        globalOf[rhs] = borderSize;
        return m;
    }

    /** The right-hand side's row in a candidate's block: after the interviewers' border slots. */
    static int rhsRow(CandidateBlock b) {
        return b.localSize() + b.interviewers.length;
    }

    /**
     * Eliminates a candidate's own pivots knowing the block's pattern. A candidate:trait pivot's column
     * is nonzero only in the candidate:interviewer rows, the candidate row, the interviewers' border rows,
     * the right-hand side (one contiguous range, see {@link #assemble}) and its own trait mean's row; no
     * earlier pivot touches it, because the candidate:trait block is diagonal. Its update is therefore a
     * dense rank-one update of that range plus one row. The remaining pivots (candidate:interviewer
     * effects and the candidate effect) are dense.
     */
    private double eliminateBlock(Workspace w, CandidateBlock b, int m) {
        double[] a = w.local;
        double[] column = w.column;
        int nt = b.traits.length;
        int nl = b.localSize();
        int from = nt;
        int to = rhsRow(b);
        double logDet = 0;
        for (int k = 0; k < nt; k++) {
            double pivot = a[k * m + k];
            if (!(pivot > 0)) {
                throw new NotPositiveDefiniteException();
            }
            double d = Math.sqrt(pivot);
            a[k * m + k] = d;
            logDet += Math.log(pivot);
            for (int r = from; r <= to; r++) {
                double v = a[r * m + k] / d;
                a[r * m + k] = v;
                column[r] = v;
            }
            for (int r = from; r <= to; r++) {
                double lr = column[r];
                if (lr == 0) {
                    continue;
                }
                int row = r * m;
                for (int s = from; s <= r; s++) {
                    a[row + s] -= lr * column[s];
                }
            }
            if (withFixed) {
                int row = (to + 1 + k) * m;
                double lr = a[row + k] / d;
                a[row + k] = lr;
                for (int s = from; s <= to; s++) {
                    a[row + s] -= lr * column[s];
                }
                a[row + to + 1 + k] -= lr * lr;
            }
        }
        for (int k = nt; k < nl; k++) {
            double pivot = a[k * m + k];
            if (!(pivot > 0)) {
                throw new NotPositiveDefiniteException();
            }
            double d = Math.sqrt(pivot);
            a[k * m + k] = d;
            logDet += Math.log(pivot);
            for (int r = k + 1; r < m; r++) {
                double v = a[r * m + k] / d;
                a[r * m + k] = v;
                column[r] = v;
            }
            for (int r = k + 1; r < m; r++) {
                double lr = column[r];
                if (lr == 0) {
                    continue;
                }
                int row = r * m;
                for (int s = k + 1; s <= r; s++) {
                    a[row + s] -= lr * column[s];
                }
            }
        }
        return logDet;
    }

    /**
     * In-place Cholesky elimination of the first {@code pivots} columns of the symmetric matrix whose
     * lower triangle is stored row-major in {@code a} (width m): afterwards those columns hold L and
     * the trailing block the Schur complement. Rows with a zero in the pivot column are skipped.
     *
     * @return log det of the eliminated part, 2 Σ log L_kk
     */
    private static double eliminate(double[] a, int m, int pivots, int[] nz, double[] column) {
        double logDet = 0;
        for (int k = 0; k < pivots; k++) {
            double pivot = a[k * m + k];
            if (!(pivot > 0)) {
                throw new NotPositiveDefiniteException();
            }
            double d = Math.sqrt(pivot);
            a[k * m + k] = d;
            logDet += Math.log(pivot);
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

    private void addTrailing(Workspace w, int m, int nl) {
        int bw = width;
        double[] local = w.local;
        double[] target = w.border;
        for (int r = nl; r < m; r++) {
            int gr = w.globalOf[r];
            for (int s = nl; s <= r; s++) {
                int gs = w.globalOf[s];
                double v = local[r * m + s];
                if (gr >= gs) {
                    target[gr * bw + gs] += v;
                } else {
                    target[gs * bw + gr] += v;
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
