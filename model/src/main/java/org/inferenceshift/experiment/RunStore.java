package org.inferenceshift.experiment;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The finished runs of an experiment in progress, one small file per run in {@code parts/}. A part ends
 * with a trailer line holding its own line count and SHA-256; it is written to a temporary name, forced to
 * disk and renamed into place, so a part whose trailer checks out is complete, whatever killed the job or
 * the machine. A part that does not check out (cut short, emptied, edited) is removed and its run is done
 * again. Parts hold each run's rows already formatted, so the final tables are their concatenation in run
 * order, independent of which thread, executor or session produced them.
 */
final class RunStore {
    private static final Pattern PART = Pattern.compile("run-(\\d{1,9})\\.csv");
    private static final Pattern TRAILER = Pattern.compile("#part lines=(\\d{1,9}) sha256=([0-9a-f]{64})\n");
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path dir;
    private final int runs;
    private final List<String> damaged = new ArrayList<>();

    RunStore(Path dir, int runs) throws IOException {
        this.dir = dir;
        this.runs = runs;
        Files.createDirectories(dir);
    }

    /**
     * Ids of the runs whose parts are in place and intact. Half-written temporaries of a killed job are
     * removed, and so are damaged parts ({@link #damaged()} says which and why), so their runs are done again.
     */
    BitSet finished() throws IOException {
        BitSet done = new BitSet(runs);
        List<Path> listed;
        try (Stream<Path> files = Files.list(dir)) {
            listed = files.sorted().toList();
        }
        for (Path file : listed) {
            String name = file.getFileName().toString();
            int id = partId(file, runs);
            if (id >= 0) {
                String problem = problem(Files.readAllBytes(file));
                if (problem == null) {
                    done.set(id);
                } else {
                    damaged.add(name + " (" + problem + ")");
                    Files.delete(file);
                }
            } else if (name.endsWith(TEMP_SUFFIX)) {
                Files.deleteIfExists(file);
            }
        }
        return done;
    }

    /**
     * How many runs of {@code runs} have an intact part in {@code dir}, without touching anything: what
     * {@link #finished()} will accept there (for progress shown before the experiment opens its store).
     */
    static int countIntact(Path dir, int runs) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int intact = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (partId(file, runs) >= 0 && problem(Files.readAllBytes(file)) == null) {
                    intact++;
                }
            }
        }
        return intact;
    }

    /** The run id a part file is named for, or -1 if it is not a part of one of {@code runs} runs. */
    private static int partId(Path file, int runs) {
        Matcher m = PART.matcher(file.getFileName().toString());
        int id = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        return id < runs ? id : -1;
    }

    /** The parts {@link #finished()} found damaged and removed, each with what was wrong. */
    List<String> damaged() {
        return List.copyOf(damaged);
    }

    void write(int runId, String content) throws IOException {
        Path part = part(runId);
        Path temp = dir.resolve(part.getFileName() + TEMP_SUFFIX);
        byte[] bytes = (content + trailer(content)).getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, part, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder();
    }

    /** Makes the rename itself durable (POSIX); where a folder cannot be opened (Windows) the rename stands as is. */
    private void forceFolder() {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException unsupported) {
            // not possible on this platform; a part that did not reach the disk fails its check and is run again
        }
    }

    /** The part's rows, trailer removed; only parts {@link #finished()} accepted or this session wrote are read. */
    String content(int runId) throws IOException {
        String text = Files.readString(part(runId), StandardCharsets.UTF_8);
        String problem = problem(text.getBytes(StandardCharsets.UTF_8));
        if (problem != null) {
            throw new IOException(part(runId) + " was damaged after it was checked (" + problem + "); run again with --resume");
        }
        return text.substring(0, text.lastIndexOf("#part "));
    }

    Path dir() {
        return dir;
    }

    private Path part(int runId) {
        return dir.resolve(String.format(Locale.ROOT, "run-%07d.csv", runId));
    }

    private static String trailer(String content) {
        return "#part lines=" + lines(content) + " sha256=" + ExperimentLoader.sha256(content.getBytes(StandardCharsets.UTF_8)) + "\n";
    }

    /** Why a part's bytes are not a complete part, or null if they are. */
    static String problem(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty";
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("#part ");
        Matcher trailer = at < 0 || (at > 0 && text.charAt(at - 1) != '\n') ? null : TRAILER.matcher(text.substring(at));
        if (trailer == null || !trailer.matches()) {
            return "no row count and checksum at its end: cut short";
        }
        String content = text.substring(0, at);
        int expected = Integer.parseInt(trailer.group(1));
        if (lines(content) != expected) {
            return lines(content) + " lines, " + expected + " written";
        }
        if (!ExperimentLoader.sha256(content.getBytes(StandardCharsets.UTF_8)).equals(trailer.group(2))) {
            return "checksum differs: changed since it was written";
        }
        return null;
    }

    private static int lines(String content) {
        return (int) content.chars().filter(c -> c == '\n').count();
    }
}
