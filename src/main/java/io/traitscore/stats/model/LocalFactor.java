package io.traitscore.stats.model;

/**
 * One candidate's part of the factored mixed model equations: L_j (Cholesky factor of the
 * candidate's own block D_j), V_j = L_j⁻¹B_j (its coupling to the border, stored transposed, one row
 * per border slot the candidate touches) and z_j = L_j⁻¹c_j (the forward-solved right-hand side).
 */
final class LocalFactor {

    final int size;
    /** Border index of each coupling row. */
    final int[] slots;
    /** L_j, lower triangle, row-major, size × size. */
    final double[] l;
    /** V_jᵀ: row b, column k holds (L_j⁻¹B_j)[k][b]. */
    final double[] v;
    final double[] z;

    private LocalFactor(int size, int[] slots, double[] l, double[] v, double[] z) {
        this.size = size;
        this.slots = slots;
        this.l = l;
        this.v = v;
        this.z = z;
    }

    /**
     * Copies the eliminated block out of the work matrix a (width m, first nl columns eliminated); the
     * right-hand side is row {@code rhs}, every other row after nl a border slot.
     */
    static LocalFactor copyOf(double[] a, int m, int nl, int rhs, int[] globalOf) {
        int nb = m - nl - 1;
        double[] l = new double[nl * nl];
        for (int r = 0; r < nl; r++) {
            System.arraycopy(a, r * m, l, r * nl, r + 1);
        }
        double[] v = new double[nb * nl];
        int[] slots = new int[nb];
        int b = 0;
        for (int r = nl; r < m; r++) {
            if (r != rhs) {
                System.arraycopy(a, r * m, v, b * nl, nl);
                slots[b++] = globalOf[r];
            }
        }
        double[] z = new double[nl];
        System.arraycopy(a, rhs * m, z, 0, nl);
        return new LocalFactor(nl, slots, l, v, z);
    }

    /** L_j⁻¹ g, for g over the candidate's own effects. */
    double[] forward(double[] g) {
        double[] x = new double[size];
        Triangular.forward(l, size, size, g, x);
        return x;
    }

    /** L_j⁻ᵀ x, in place. */
    void backward(double[] x) {
        Triangular.backward(l, size, size, x);
    }

    /** h −= V_jᵀ a over the candidate's border slots: turns g_E into g_E − B_jᵀD_j⁻¹g_j when a = L_j⁻¹g_j. */
    void subtractCoupling(double[] a, double[] h) {
        for (int b = 0; b < slots.length; b++) {
            double s = 0;
            for (int k = 0; k < size; k++) {
                s += v[b * size + k] * a[k];
            }
            h[slots[b]] -= s;
        }
    }

    /** The candidate's own effects u_j = L_j⁻ᵀ(z_j − V_j x_E), given the border solution x_E. */
    double[] solution(double[] borderSolution) {
        double[] x = z.clone();
        for (int b = 0; b < slots.length; b++) {
            double xb = borderSolution[slots[b]];
            for (int k = 0; k < size; k++) {
                x[k] -= v[b * size + k] * xb;
            }
        }
        backward(x);
        return x;
    }
}
