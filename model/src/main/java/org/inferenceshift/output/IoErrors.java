package org.inferenceshift.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Turns an I/O exception into the reason a user can act on. Java's file exceptions often carry only the
 * path as their message ("results/x" for a permission failure), which reads as no explanation at all.
 */
public final class IoErrors {
    private IoErrors() {
    }

    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where(e);
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + where(e);
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way" + where(e);
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder" + where(e);
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + where(e);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String where(IOException e) {
        return e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : "";
    }
}
