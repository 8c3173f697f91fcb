package io.traitscore.stats;

/**
 * The reliability data of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
 * 4 coders (A, B, C, D) × 12 units with missing values, transposed to one row per unit.
 * Published: interval alpha 0.849, nominal alpha 0.743.
 */
final class KrippendorffExample {

    //                                 A     B     C     D
    static final Double[][] UNITS_BY_CODERS = {
        {1.0, 1.0, null, 1.0},   // unit 1
        {2.0, 2.0, 3.0, 2.0},    // unit 2
        {3.0, 3.0, 3.0, 3.0},    // unit 3
        {3.0, 3.0, 3.0, 3.0},    // unit 4
        {2.0, 2.0, 2.0, 2.0},    // unit 5
        {1.0, 2.0, 3.0, 4.0},    // unit 6
        {4.0, 4.0, 4.0, 4.0},    // unit 7
        {1.0, 1.0, 2.0, 1.0},    // unit 8
        {2.0, 2.0, 2.0, 2.0},    // unit 9
        {null, 5.0, 5.0, 5.0},   // unit 10
        {null, null, 1.0, 1.0},  // unit 11
        {null, 3.0, null, null}, // unit 12: one value, not pairable
    };

    private KrippendorffExample() {
    }
}
