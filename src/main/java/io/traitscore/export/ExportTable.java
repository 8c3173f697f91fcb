package io.traitscore.export;

import java.util.List;

/**
 * Headers and typed rows shared by the CSV and XLSX writers, so both files carry the same columns.
 * Cell values are String, Integer, Double (already rounded), Instant, or null for an empty cell.
 */
public record ExportTable(List<String> headers, List<List<Object>> rows) {

    /** Rounds a figure to two decimals for people; null stays null. */
    static Double round(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }

    static Double round3(Double value) {
        return value == null ? null : Math.round(value * 1000.0) / 1000.0;
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
