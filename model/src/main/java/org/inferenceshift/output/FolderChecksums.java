package org.inferenceshift.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SHA-256 of every file of a finished results folder, recorded in its manifest, so that a later
 * {@code --resume} calls the folder complete only if every file is still what was written.
 */
public final class FolderChecksums {
    private FolderChecksums() {
    }

    /** Relative path (with '/') to SHA-256 of each file under {@code folder}, except under the top-level names given. */
    public static Map<String, String> of(Path folder, Set<String> except) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path relative = folder.relativize(file);
                if (!except.contains(relative.getName(0).toString())) {
                    sums.put(relative.toString().replace('\\', '/'), sha256(file));
                }
            }
        }
        return sums;
    }

    /** What is missing, changed or added compared with {@code recorded}; empty when the folder is as written. */
    public static List<String> differences(Path folder, Map<String, String> recorded, Set<String> except) throws IOException {
        Map<String, String> now = of(folder, except);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> file : recorded.entrySet()) {
            String sum = now.get(file.getKey());
            if (sum == null) {
                out.add(file.getKey() + " is missing");
            } else if (!sum.equals(file.getValue())) {
                out.add(file.getKey() + " changed");
            }
        }
        now.keySet().stream().filter(name -> !recorded.containsKey(name)).forEach(name -> out.add(name + " was added"));
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
