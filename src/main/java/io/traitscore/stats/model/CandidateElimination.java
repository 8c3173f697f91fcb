package io.traitscore.stats.model;

/**
 * Assembles one candidate's block of the mixed model equations and eliminates its own effects, adding what
 * is left, −B_jᵀD_j⁻¹B_j and its right-hand side, to a chunk's partial border (see
 * {@link MixedModelEquations}).
 *
 * <p>The block's candidate:trait effects are eliminated first: their part of D_j is diagonal, so each pivot
 * touches only the rows it is coupled with, which the layout keeps in one contiguous range; the
 * candidate:interviewer effects and the candidate effect follow as dense pivots.
 */
final class CandidateElimination {

    private final RatingDesign design;
    private final boolean withFixed;
    private final int borderSize;
    private final int width;

    CandidateElimination(RatingDesign design, boolean withFixed, int borderSize) {
        this.design = design;
        this.withFixed = withFixed;
        this.borderSize = borderSize;
        this.width = borderSize + 1;
    }

    /** One chunk's work arrays and its partial sums. */
    static final class Workspace {
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

        void reset() {
            java.util.Arrays.fill(border, 0);
            logDet = 0;
        }
    }

    Workspace workspace() {
        int largest = 0;
        for (CandidateBlock b : design.blocks) {
            largest = Math.max(largest, localWidth(b));
        }
        return new Workspace(largest, width);
    }

    /** Eliminates candidate j's block into the workspace; keeps its factor when {@code kept} is given. */
    void eliminate(Workspace w, CandidateBlock b, double[] theta, LocalFactor[] kept, int j) {
        int m = assemble(w, b, theta);
        int nl = b.localSize();
        w.logDet += eliminateBlock(w, b, m);
        if (kept != null) {
            kept[j] = LocalFactor.copyOf(w.local, m, nl, rhsRow(b), w.globalOf);
        }
        addTrailing(w, m, nl);
    }

    /** Border index of the fixed effect of global trait t. */
    private int fixedSlot(int trait) {
        return design.interviewers() + trait;
    }

    private static int localWidth(CandidateBlock b) {
        return b.localSize() + b.interviewers.length + b.traits.length + 1;
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
            double d = Triangular.pivotRoot(a, k * m + k);
            logDet += 2 * Math.log(d);
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
            double d = Triangular.pivotRoot(a, k * m + k);
            logDet += 2 * Math.log(d);
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

}
