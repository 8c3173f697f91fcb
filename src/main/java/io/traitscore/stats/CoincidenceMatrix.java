package io.traitscore.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Krippendorff's coincidence matrix: how often each pair of values was assigned to the same
 * unit by different coders (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 *
 * <p>A unit u with m_u ≥ 2 values contributes 1/(m_u − 1) to o(c,k) for every ordered pair of
 * its values (c from one coder, k from another). Units with fewer than 2 values are not
 * pairable and are left out. Row sums n_c count the pairable values equal to c; their total
 * n is the number of pairable values.
 */
public final class CoincidenceMatrix {

    private final double[] values;
    private final double[][] coincidences;
    private final int pairableUnits;

    private CoincidenceMatrix(double[] values, double[][] coincidences, int pairableUnits) {
        this.values = values;
        this.coincidences = coincidences;
        this.pairableUnits = pairableUnits;
    }

    /** Builds the matrix from {@code data[unit][coder]}, where null marks a missing value. */
    public static CoincidenceMatrix of(Double[][] unitsByCoders) {
        Objects.requireNonNull(unitsByCoders, "unitsByCoders");
        List<double[]> pairableUnits = new ArrayList<>();
        TreeSet<Double> distinct = new TreeSet<>();
        for (Double[] unit : unitsByCoders) {
            double[] present = unit == null ? new double[0] : Arrays.stream(unit)
                    .filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
            for (double v : present) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("values must be finite");
                }
            }
            if (present.length >= 2) {
                pairableUnits.add(present);
                for (double v : present) {
                    distinct.add(v);
                }
            }
        }
        double[] values = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] o = new double[values.length][values.length];
        for (double[] unit : pairableUnits) {
            double pairWeight = 1.0 / (unit.length - 1);
            for (int a = 0; a < unit.length; a++) {
                for (int b = 0; b < unit.length; b++) {
                    if (a != b) {
                        o[indexOf(values, unit[a])][indexOf(values, unit[b])] += pairWeight;
                    }
                }
            }
        }
        return new CoincidenceMatrix(values, o, pairableUnits.size());
    }

    /** The distinct pairable values, ascending; they label rows and columns. */
    public double[] values() {
        return values.clone();
    }

    /** o(c,k) for the values at positions {@code row} and {@code column} of {@link #values()}. */
    public double coincidence(int row, int column) {
        return coincidences[row][column];
    }

    /** n_c: the row sum for the value at position {@code row}. */
    public double marginal(int row) {
        double sum = 0;
        for (double o : coincidences[row]) {
            sum += o;
        }
        return sum;
    }

    /** The units with 2 or more values, the only ones that count. */
    public int pairableUnits() {
        return pairableUnits;
    }

    /** n: the number of pairable values. */
    public double total() {
        double sum = 0;
        for (int c = 0; c < values.length; c++) {
            sum += marginal(c);
        }
        return sum;
    }

    private static int indexOf(double[] sortedValues, double value) {
        return Arrays.binarySearch(sortedValues, value);
    }
}
