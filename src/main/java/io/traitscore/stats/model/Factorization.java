package io.traitscore.stats.model;

/**
 * The factored mixed model equations M(θ) (see {@link MixedModelEquations}) and what follows from
 * them: log det M, the penalised residual sum of squares, the solution, and quadratic forms
 * gᵀM⁻¹g.
 *
 * <p>For g nonzero only in candidate j's own effects (g_j) and the border (g_E), block elimination gives
 * <pre>
 *   gᵀM⁻¹g = ‖L_j⁻¹g_j‖² + ‖L_S⁻¹h_j‖²,   h_j = g_E − B_jᵀD_j⁻¹g_j = g_E − V_jᵀ(L_j⁻¹g_j),
 * </pre>
 * and for two candidates j ≠ k, gᵀM⁻¹f = (L_S⁻¹h_j)ᵀ(L_S⁻¹h_k). So each prediction costs the size of
 * one block plus the border, and the covariance of two candidates' predictions is a dot product of
 * border-sized vectors.
 */
final class Factorization {

    final MixedModelEquations equations;
    final double logDeterminant;
    final double penalizedRss;
    private final LocalFactor[] locals;
    /** L_S in the first borderSize columns, z_E = L_S⁻¹c̃_E in the last row (width borderSize + 1). */
    private final double[] border;

    Factorization(MixedModelEquations equations, double logDeterminant, double penalizedRss, LocalFactor[] locals,
            double[] border) {
        this.equations = equations;
        this.logDeterminant = logDeterminant;
        this.penalizedRss = penalizedRss;
        this.locals = locals;
        this.border = border;
    }

    LocalFactor local(int candidate) {
        return locals[candidate];
    }

    int borderSize() {
        return equations.borderSize();
    }

    /** x_E = L_S⁻ᵀ z_E: the interviewer effects u, then (with fixed effects) β. */
    double[] borderSolution() {
        int nb = borderSize();
        int w = nb + 1;
        double[] x = new double[nb];
        System.arraycopy(border, nb * w, x, 0, nb);
        backwardBorder(x);
        return x;
    }

    /** L_S⁻¹ h. */
    double[] forwardBorder(double[] h) {
        int nb = borderSize();
        double[] y = new double[nb];
        Triangular.forward(border, nb + 1, nb, h, y);
        return y;
    }

    private void backwardBorder(double[] x) {
        Triangular.backward(border, borderSize() + 1, borderSize(), x);
    }

    /** S⁻¹ = (M⁻¹)_EE, the border block of M⁻¹, dense. */
    double[][] borderInverse() {
        int nb = borderSize();
        double[][] inverse = new double[nb][nb];
        for (int c = 0; c < nb; c++) {
            double[] e = new double[nb];
            e[c] = 1;
            double[] x = forwardBorder(e);
            backwardBorder(x);
            for (int r = 0; r < nb; r++) {
                inverse[r][c] = x[r];
            }
        }
        return inverse;
    }

    /**
     * The two parts of gᵀM⁻¹g for a g on candidate j's own effects and the border.
     *
     * @param local  g_j, indexed like the candidate's block
     * @param border g_E, indexed like the border (not modified)
     */
    Quadratic quadratic(int candidate, double[] local, double[] border) {
        LocalFactor f = locals[candidate];
        double[] a = f.forward(local);
        double own = 0;
        for (double v : a) {
            own += v * v;
        }
        double[] h = border.clone();
        f.subtractCoupling(a, h);
        return new Quadratic(own, forwardBorder(h));
    }

    /**
     * gᵀM⁻¹g = own + ‖shared‖², split so that covariances between candidates are sharedᵀshared'.
     *
     * @param own    ‖L_j⁻¹g_j‖², the part no other candidate shares
     * @param shared L_S⁻¹h_j
     */
    record Quadratic(double own, double[] shared) {

        double value() {
            double s = own;
            for (double v : shared) {
                s += v * v;
            }
            return s;
        }
    }
}
