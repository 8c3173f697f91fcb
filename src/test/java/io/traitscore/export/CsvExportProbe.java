package io.traitscore.export;

/** Lets tests of other packages see how one value is written into a CSV cell. */
public final class CsvExportProbe {

    private CsvExportProbe() {
    }

    public static String cell(Object value) {
        return CsvExporter.text(value);
    }
}
