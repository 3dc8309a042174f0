package org.inferenceshift.experiment;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A fingerprint of the model that runs: SHA-256 over the name and bytes of every class and resource of
 * the model module (so {@code defaults.json} too), read from its jar or its classes folder. Runs made by
 * two versions of the model must never be mixed in one experiment, and a git commit cannot tell: a build
 * may have uncommitted changes, and a cluster node has no repository. Jar metadata (META-INF, with its
 * build times) is left out, so rebuilding unchanged sources gives the same fingerprint.
 */
final class ModelVersion {
    private static final String FINGERPRINT = compute();

    private ModelVersion() {
    }

    /** The fingerprint, or "unknown" when the code's location cannot be read (then no version check is possible). */
    static String fingerprint() {
        return FINGERPRINT;
    }

    private static String compute() {
        try {
            Path location = Path.of(ModelVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, byte[]> entries = Files.isDirectory(location) ? folder(location) : jar(location);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(entry.getValue().length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(entry.getValue());
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<String, byte[]> folder(Path root) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!name.startsWith("META-INF/")) {
                    entries.put(name, Files.readAllBytes(file));
                }
            }
        }
        return entries;
    }

    private static Map<String, byte[]> jar(Path file) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarFile jar = new JarFile(file.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (!entry.isDirectory() && !entry.getName().startsWith("META-INF/")) {
                    entries.put(entry.getName(), jar.getInputStream(entry).readAllBytes());
                }
            }
        }
        return entries;
    }
}
