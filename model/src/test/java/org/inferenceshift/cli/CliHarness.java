package org.inferenceshift.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs the command line in-process and captures what it prints; snapshots folders to prove nothing changed. */
public final class CliHarness {
    public String stdout = "";
    public String stderr = "";

    public int run(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            return Main.execute(args);
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
            stderr = err.toString(StandardCharsets.UTF_8);
            stdout = out.toString(StandardCharsets.UTF_8);
        }
    }

    /**
     * Every path under {@code root}, hidden ones included, with each file's size, modification time and
     * content: two equal snapshots mean nothing was created, removed or changed.
     */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                // a folder's own time changes when an entry is added and removed again, so folders are
                // compared by what they hold, files by size, time and content
                state.put(root.relativize(p).toString(), a.isRegularFile()
                        ? a.size() + " " + a.lastModifiedTime() + " " + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)
                        : "<folder>");
            }
        }
        return state;
    }
}
