package org.inferenceshift.experiment;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The finished runs of an experiment in progress, one small file per run in {@code parts/}. A part is
 * written to a temporary name and renamed into place, so a part that exists is complete: the set of
 * parts is exactly the set of finished runs, whatever killed the job. Parts hold each run's rows already
 * formatted, so the final tables are their concatenation in run order, independent of which thread,
 * executor or session produced them.
 */
final class RunStore {
    private static final Pattern PART = Pattern.compile("run-(\\d{1,9})\\.csv");
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path dir;
    private final int runs;

    RunStore(Path dir, int runs) throws IOException {
        this.dir = dir;
        this.runs = runs;
        Files.createDirectories(dir);
    }

    /** Ids of the runs whose parts are in place; half-written temporaries of a killed job are removed. */
    BitSet finished() throws IOException {
        BitSet done = new BitSet(runs);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                Matcher m = PART.matcher(name);
                if (m.matches() && Integer.parseInt(m.group(1)) < runs) {
                    done.set(Integer.parseInt(m.group(1)));
                } else if (name.endsWith(TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return done;
    }

    void write(int runId, String content) throws IOException {
        Path part = part(runId);
        Path temp = dir.resolve(part.getFileName() + TEMP_SUFFIX);
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, part, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    Reader open(int runId) throws IOException {
        return Files.newBufferedReader(part(runId), StandardCharsets.UTF_8);
    }

    Path dir() {
        return dir;
    }

    private Path part(int runId) {
        return dir.resolve(String.format(Locale.ROOT, "run-%07d.csv", runId));
    }
}
