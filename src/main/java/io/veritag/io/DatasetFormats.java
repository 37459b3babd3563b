package io.veritag.io;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The one list of dataset formats: the command line's {@code --format} and the export window both read it. */
public final class DatasetFormats {
    private static final List<DatasetFormat> ALL = List.of(
            new JsonlFormat(),
            new DoccanoFormat(),
            new SpacyFormat(),
            new CsvFormat(),
            new BratFormat(),
            new ConllFormat(),
            new XmiFormat(),
            new LabelStudioFormat());

    private DatasetFormats() {
    }

    public static List<DatasetFormat> all() {
        return ALL;
    }

    /** The formats an export can write. */
    public static List<DatasetFormat> exportable() {
        return ALL.stream().filter(DatasetFormat::exportable).toList();
    }

    /** Like {@link #require} for formats that can be exported. */
    public static DatasetFormat requireExportable(String name) {
        DatasetFormat format = require(name);
        if (!format.exportable()) {
            throw new IllegalArgumentException("format '" + format.name() + "' is imported only (exportable: "
                    + names(exportable()) + ")");
        }
        return format;
    }

    /** The formats that can be imported back. */
    public static List<DatasetFormat> importable() {
        return ALL.stream().filter(f -> f.reader().isPresent()).toList();
    }

    public static Optional<DatasetFormat> byName(String name) {
        return ALL.stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Like {@link #byName} but fails with a one-line message listing the known names. */
    public static DatasetFormat require(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + name + "' (known: " + names(ALL) + ")"));
    }

    /** Like {@link #require} for formats that can be imported. */
    public static DatasetFormat requireImportable(String name) {
        DatasetFormat format = require(name);
        if (format.reader().isEmpty()) {
            throw new IllegalArgumentException("format '" + format.name() + "' cannot be imported (importable: "
                    + names(importable()) + ")");
        }
        return format;
    }

    public static String names(List<DatasetFormat> formats) {
        return formats.stream().map(DatasetFormat::name).collect(Collectors.joining(", "));
    }
}
