package org.inferenceshift.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A results folder is published whole or not at all, and never over or into anything that exists. */
class AtomicFolderTest {
    @TempDir
    Path tmp;

    private static final RunResult RESULT = HeadlessRun.run(TestScenarios.small(100, 6, ""), 1);

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void resultsAppearUnderTheirNameOnlyWhenComplete() throws Exception {
        Path target = tmp.resolve("run");
        try (AtomicFolder folder = AtomicFolder.create(target)) {
            folder.writeString("a.txt", "a");
            assertFalse(Files.exists(target), "nothing under the final name while writing");
            List<String> during = names(tmp);
            assertEquals(1, during.size());
            assertTrue(during.get(0).startsWith(".run.partial-" + ProcessHandle.current().pid() + "-"), during.get(0));
            folder.commit();
        }
        assertEquals(List.of("run"), names(tmp), "the staging folder became the results folder");
        assertEquals("a", Files.readString(target.resolve("a.txt")));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        Path target = tmp.resolve("run");
        try (AtomicFolder folder = AtomicFolder.create(target)) {
            folder.writeString("a.txt", "a");
            // no commit: the writer failed
        }
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void aFolderThatAppearedDuringTheRunIsNeitherReplacedNorMixedInto() throws Exception {
        for (boolean empty : new boolean[] {true, false}) {
            Path target = tmp.resolve(empty ? "empty" : "full");
            try (AtomicFolder folder = AtomicFolder.create(target)) {
                folder.writeString("summary.json", "{}");
                Files.createDirectory(target);
                if (!empty) {
                    Files.writeString(target.resolve("theirs.txt"), "another process's results");
                }
                // a plain rename would silently replace the empty folder
                assertThrows(OutputExistsException.class, folder::commit);
            }
            assertEquals(empty ? List.of() : List.of("theirs.txt"), names(target));
        }
        assertEquals(List.of("empty", "full"), names(tmp), "no staging folder left");
    }

    @Test
    void aTargetUnderAFileIsRefusedBeforeTheRun() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        OutputLocationException e = assertThrows(OutputLocationException.class,
                () -> AtomicFolder.checkUsable(file.resolve("sub").resolve("run")));
        assertEquals(file.resolve("sub").resolve("run") + ": cannot create the results folder: " + file
                + " is a file, not a folder", e.getMessage());
    }

    @Test
    void anExistingTargetIsRefusedBeforeTheRunEvenAsABrokenLink() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("nowhere"));
        assertThrows(OutputExistsException.class, () -> AtomicFolder.checkUsable(link));
        assertThrows(OutputExistsException.class, () -> AtomicFolder.checkUsable(tmp));
        AtomicFolder.checkUsable(tmp.resolve("new").resolve("deeper"));
    }

    @Test
    void aReadOnlyParentIsRefusedBeforeTheRun() throws Exception {
        Path parent = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(parent), "permissions are not enforced for this user (root)");
            OutputLocationException e = assertThrows(OutputLocationException.class,
                    () -> AtomicFolder.checkUsable(parent.resolve("run")));
            assertTrue(e.getMessage().endsWith(parent + " is not writable (permission denied or read-only file system)"),
                    e.getMessage());
        } finally {
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskGivesAClearReasonAndLosesNothing() throws Exception {
        // an in-memory file system with room for the earlier run's file and little more
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
                .setBlockSize(1024).setMaxSize(4 * 1024).build())) {
            Path results = Files.createDirectories(fs.getPath("/results"));
            Path earlier = Files.createDirectory(results.resolve("earlier"));
            Files.writeString(earlier.resolve("summary.json"), "{\"kept\": true}");
            Path target = results.resolve("new");
            IOException e = assertThrows(IOException.class, () -> {
                try (AtomicFolder folder = AtomicFolder.create(target)) {
                    ResultsWriter.writeInto(RESULT, folder.staging());
                    folder.commit();
                }
            });
            assertEquals("out of disk space", IoErrors.reason(e));
            assertEquals(List.of("earlier"), names(results), "no partial folder, no results folder");
            assertEquals("{\"kept\": true}", Files.readString(earlier.resolve("summary.json")));
        }
    }
}
