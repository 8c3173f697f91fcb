package io.traitscore.stats;

/**
 * Mean squares of the two-way ANOVA of a complete targets × judges matrix, named as in
 * Shrout &amp; Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability",
 * Psychological Bulletin 86(2), 420-428, Table 1.
 *
 * <p>With n targets, k judges, grand mean x̄, target (row) means x̄_i and judge (column) means
 * x̄_j: SSB = k·Σ_i (x̄_i − x̄)², SSW = Σ_i Σ_j (x_ij − x̄_i)², SSJ = n·Σ_j (x̄_j − x̄)²,
 * SSE = SSW − SSJ.
 *
 * @param targets number of targets n (rows), at least 2
 * @param judges  number of judges k (columns), at least 2
 * @param bms     between-targets mean square, SSB / (n − 1)
 * @param wms     within-target mean square, SSW / (n·(k − 1))
 * @param jms     between-judges mean square, SSJ / (k − 1)
 * @param ems     residual mean square, SSE / ((n − 1)(k − 1))
 */
public record TwoWayMeanSquares(int targets, int judges, double bms, double wms, double jms, double ems) {

    /** Computes the mean squares; the matrix must be rectangular, finite and at least 2 × 2. */
    public static TwoWayMeanSquares of(double[][] ratings) {
        int n = ratings.length;
        if (n < 2 || ratings[0].length < 2) {
            throw new IllegalArgumentException("need at least 2 targets and 2 judges");
        }
        int k = ratings[0].length;
        double[] rowMeans = new double[n];
        double[] columnSums = new double[k];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] row = requireCompleteRow(ratings[i], k, i);
            double rowSum = 0;
            for (int j = 0; j < k; j++) {
                rowSum += row[j];
                columnSums[j] += row[j];
            }
            rowMeans[i] = rowSum / k;
            total += rowSum;
        }
        double grandMean = total / (n * (double) k);

        double ssb = 0;
        double ssw = 0;
        for (int i = 0; i < n; i++) {
            ssb += k * square(rowMeans[i] - grandMean);
            for (int j = 0; j < k; j++) {
                ssw += square(ratings[i][j] - rowMeans[i]);
            }
        }
        double ssj = 0;
        for (int j = 0; j < k; j++) {
            ssj += n * square(columnSums[j] / n - grandMean);
        }
        // SSE = SSW − SSJ can come out a hair below zero through rounding; it cannot be negative.
        double sse = Math.max(0, ssw - ssj);
        return new TwoWayMeanSquares(n, k,
                ssb / (n - 1),
                ssw / (n * (k - 1.0)),
                ssj / (k - 1),
                sse / ((n - 1.0) * (k - 1.0)));
    }

    private static double[] requireCompleteRow(double[] row, int k, int index) {
        if (row == null || row.length != k) {
            throw new IllegalArgumentException("row " + index + " must have " + k + " ratings");
        }
        for (double v : row) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("row " + index + " has a non-finite rating");
            }
        }
        return row;
    }

    private static double square(double x) {
        return x * x;
    }
}
