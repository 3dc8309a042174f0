package org.inferenceshift.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inferenceshift.metrics.ModelRecord;

/** Writes {@code models.csv}: one row per model ever trained, one column per {@link ModelColumn}. */
public final class ModelsCsv {
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ModelsCsv() {
    }

    public static List<String> header() {
        return CsvColumn.header(ModelColumn.values());
    }

    public static void write(List<ModelRecord> records, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSV)) {
            csv.printRecord(header());
            List<String> cells = new ArrayList<>();
            for (ModelRecord record : records) {
                cells.clear();
                CsvColumn.appendCells(ModelColumn.values(), record, cells);
                csv.printRecord(cells);
            }
        }
    }
}
