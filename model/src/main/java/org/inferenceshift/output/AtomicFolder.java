package org.inferenceshift.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that appears complete or not at all: files are written into a hidden sibling folder,
 * which is renamed to the final name only when everything is written. An interrupted run leaves at most
 * a hidden {@code .name.partial-*} folder, never a folder that looks finished, and never touches an
 * existing one.
 */
public final class AtomicFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;
    private boolean keepOnClose;

    private AtomicFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Refuses an existing target before any work is done. */
    public static void checkAvailable(Path target) throws OutputExistsException {
        if (Files.exists(target)) {
            throw new OutputExistsException(target);
        }
    }

    public static AtomicFolder create(Path target) throws OutputExistsException, IOException {
        checkAvailable(target);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".partial-");
        return new AtomicFolder(target, staging);
    }

    /**
     * A folder built over several sessions: its staging folder has the fixed name {@code .name.partial},
     * is reused if it exists, and is left in place by {@link #close()}, so an interrupted job can carry
     * on in it. The target itself still appears only complete, by {@link #commit()}.
     */
    public static AtomicFolder resumable(Path target) throws OutputExistsException, IOException {
        checkAvailable(target);
        Path staging = resumableStaging(target);
        Files.createDirectories(staging);
        AtomicFolder folder = new AtomicFolder(target, staging);
        folder.keepOnClose = true;
        return folder;
    }

    /** Where {@link #resumable} stages {@code target}. */
    public static Path resumableStaging(Path target) {
        return target.toAbsolutePath().getParent().resolve("." + target.getFileName() + ".partial");
    }

    public Path staging() {
        return staging;
    }

    public Path target() {
        return target;
    }

    public void writeString(String name, String content) throws IOException {
        Files.writeString(staging.resolve(name), content, StandardCharsets.UTF_8);
    }

    public Path resolve(String name) {
        return staging.resolve(name);
    }

    /** Publishes the folder under its final name in one rename. */
    public void commit() throws IOException, OutputExistsException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new OutputExistsException(target);
        } catch (AccessDeniedException e) {
            throw new IOException(target + ": cannot create results folder (permission denied)", e);
        }
        committed = true;
    }

    /** Removes the staging folder unless the results were committed. */
    @Override
    public void close() {
        if (committed || keepOnClose || !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover hidden staging folder is harmless and named as partial
        }
    }
}
