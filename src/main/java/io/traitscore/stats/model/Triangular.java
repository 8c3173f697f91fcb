package io.traitscore.stats.model;

/**
 * Solves with a lower-triangular Cholesky factor L stored row-major in the lower triangle of an array with a
 * given row stride (the blocks and the border of {@link MixedModelEquations} use different strides).
 */
final class Triangular {

    private Triangular() {
    }

    /** out = L⁻¹ b over the first n entries; out may be b itself. */
    static void forward(double[] l, int stride, int n, double[] b, double[] out) {
        for (int r = 0; r < n; r++) {
            double s = b[r];
            int row = r * stride;
            for (int k = 0; k < r; k++) {
                s -= l[row + k] * out[k];
            }
            out[r] = s / l[row + r];
        }
    }

    /** x ← L⁻ᵀ x over the first n entries. */
    static void backward(double[] l, int stride, int n, double[] x) {
        for (int r = n - 1; r >= 0; r--) {
            double s = x[r];
            for (int k = r + 1; k < n; k++) {
                s -= l[k * stride + r] * x[k];
            }
            x[r] = s / l[r * stride + r];
        }
    }

    /**
     * Replaces the pivot a[index] of a Cholesky elimination by its square root and returns that root.
     *
     * @throws MixedModelEquations.NotPositiveDefiniteException when the pivot is not positive
     */
    static double pivotRoot(double[] a, int index) {
        double pivot = a[index];
        if (!(pivot > 0)) {
            throw new MixedModelEquations.NotPositiveDefiniteException();
        }
        double d = Math.sqrt(pivot);
        a[index] = d;
        return d;
    }
}
