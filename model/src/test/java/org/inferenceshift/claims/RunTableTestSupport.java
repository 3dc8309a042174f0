package org.inferenceshift.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@link RunTable} from runs.csv text, for tests that build their tables by hand. */
final class RunTableTestSupport {
    private RunTableTestSupport() {
    }

    static RunTable parse(String csv) {
        try {
            Path file = Files.createTempFile("runs", ".csv");
            try {
                Files.writeString(file, csv);
                return RunTable.read(file, List.of());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
