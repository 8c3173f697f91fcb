package io.traitscore.stats;

/** The worked example of Shrout &amp; Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
final class ShroutFleissExample {

    static final double[][] RATINGS = {
        {9, 2, 5, 8},
        {6, 1, 3, 2},
        {8, 4, 6, 8},
        {7, 1, 2, 6},
        {10, 5, 6, 9},
        {6, 2, 4, 7},
    };

    private ShroutFleissExample() {
    }
}
