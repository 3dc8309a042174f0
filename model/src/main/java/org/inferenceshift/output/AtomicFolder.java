package org.inferenceshift.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A results folder that appears complete or not at all: files are written into a hidden sibling folder
 * {@code .NAME.partial-PID-*}, which is renamed to the final name only when everything is written.
 *
 * <ul>
 *   <li>An existing target is never replaced or written into, even one created by another process while
 *       this one was writing: the commit checks again and refuses.</li>
 *   <li>A failure while writing (disk full, permissions) removes the staging folder on {@link #close()}.</li>
 *   <li>Ctrl-C or SIGTERM runs a shutdown hook that removes the staging folder, so the parent folder is left
 *       exactly as it was. SIGKILL runs no code at all: it can leave the hidden staging folder, whose name
 *       says it is partial and which process wrote it, but never a folder under the final name.</li>
 * </ul>
 */
public final class AtomicFolder implements AutoCloseable {
    private static final int DELETE_ATTEMPTS = 3;
    /** A folder name's limit in bytes: 255 (NAME_MAX on Linux, macOS, Windows) less the staging suffix. */
    public static final int MAX_NAME_BYTES = 200;
    private static final SecureRandom STAGING_NAMES = new SecureRandom();

    private final Path target;
    private final Path staging;
    /** False only for a staging folder that is meant to outlive the process (a job resumed later). */
    private final boolean removeStagingUnlessCommitted;
    private final Thread cleanupOnShutdown;
    private final Object lock = new Object();
    private boolean committed;
    private boolean abandoned;

    private AtomicFolder(Path target, Path staging, boolean removeStagingUnlessCommitted) {
        this.target = target;
        this.staging = staging;
        this.removeStagingUnlessCommitted = removeStagingUnlessCommitted;
        this.cleanupOnShutdown = new Thread(this::abandon, "remove-partial-results");
        if (removeStagingUnlessCommitted) {
            Runtime.getRuntime().addShutdownHook(cleanupOnShutdown);
        }
    }

    /** Refuses an existing target before any work is done. */
    public static void checkAvailable(Path target) throws OutputExistsException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputExistsException(target);
        }
    }

    /**
     * Refuses, before a run starts, a target that exists or that could not be created: its nearest existing
     * ancestor must be a writable folder. Nothing is created on disk by this check.
     */
    public static void checkUsable(Path target) throws OutputLocationException {
        if (target.toString().isEmpty()) {
            throw new OutputLocationException("the results folder name is empty; give a folder such as results/my-run");
        }
        checkAvailable(target);
        int nameBytes = target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_NAME_BYTES) {
            throw new OutputLocationException(target + ": cannot create the results folder: its name is " + nameBytes
                    + " bytes long, at most " + MAX_NAME_BYTES + " can be used (file systems allow 255, and the hidden"
                    + " staging folder adds to the name); choose a shorter --out");
        }
        Path ancestor = target.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return;
        }
        if (!Files.isDirectory(ancestor)) {
            throw new OutputLocationException(target + ": cannot create the results folder: " + ancestor
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(ancestor)) {
            throw new OutputLocationException(target + ": cannot create the results folder: " + ancestor
                    + " is not writable (permission denied or read-only file system)");
        }
    }

    public static AtomicFolder create(Path target) throws OutputExistsException, IOException {
        checkAvailable(target);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        String prefix = "." + target.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-";
        // not Files.createTempDirectory: it makes the folder drwx------ whatever the umask, and the
        // published results would keep that mode; a plain createDirectory follows the umask like mkdir
        while (true) {
            Path staging = parent.resolve(prefix + Long.toUnsignedString(STAGING_NAMES.nextLong()));
            try {
                Files.createDirectory(staging);
                return new AtomicFolder(target, staging, true);
            } catch (FileAlreadyExistsException taken) {
                // another run drew the same name: draw again
            }
        }
    }

    /**
     * A folder built over several sessions: its staging folder has the fixed name {@code .name.partial},
     * is reused if it exists, and is left in place by {@link #close()} and on Ctrl-C or SIGTERM, so an
     * interrupted job can carry on in it. The target itself still appears only complete, by {@link #commit()}.
     */
    public static AtomicFolder resumable(Path target) throws OutputExistsException, IOException {
        checkAvailable(target);
        Path staging = resumableStaging(target);
        Files.createDirectories(staging);
        return new AtomicFolder(target, staging, false);
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

    /**
     * Publishes the folder under its final name in one rename. A target that appeared since the run
     * started is refused rather than replaced (a rename would silently replace an empty folder).
     */
    public void commit() throws IOException, OutputExistsException {
        synchronized (lock) {
            if (abandoned) {
                throw new IOException(target + ": not published: the process is shutting down");
            }
            checkAvailable(target);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                throw new OutputExistsException(target);
            } catch (FileSystemException e) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new OutputExistsException(target);
                }
                throw e;
            }
            committed = true;
        }
    }

    /** Removes the staging folder unless the results were committed. */
    @Override
    public void close() {
        if (!removeStagingUnlessCommitted) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnShutdown);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it removes the staging folder itself
        }
        synchronized (lock) {
            if (!committed) {
                deleteStaging();
            }
        }
    }

    /** The shutdown hook: the results will never be complete, so nothing of them may stay behind. */
    private void abandon() {
        synchronized (lock) {
            if (committed) {
                return;
            }
            abandoned = true;
            deleteStaging();
        }
    }

    /**
     * Best effort, retried because a writer thread may still add a file while the JVM shuts down; a
     * leftover is hidden and named as partial, so it is never taken for results.
     */
    private void deleteStaging() {
        for (int attempt = 0; attempt < DELETE_ATTEMPTS && Files.exists(staging, LinkOption.NOFOLLOW_LINKS); attempt++) {
            List<Path> paths;
            try (Stream<Path> files = Files.walk(staging)) {
                paths = files.sorted(Comparator.reverseOrder()).toList();
            } catch (IOException e) {
                continue;
            }
            for (Path p : paths) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file appeared or vanished meanwhile; the next attempt sees the folder as it is now
                }
            }
        }
    }
}
