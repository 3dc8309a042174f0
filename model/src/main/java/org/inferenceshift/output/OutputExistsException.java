package org.inferenceshift.output;

import java.nio.file.Path;

/** The requested results folder already exists; runs never overwrite or mix into an earlier run's folder. */
public final class OutputExistsException extends OutputLocationException {
    private static final long serialVersionUID = 1L;

    public OutputExistsException(Path folder) {
        super(folder + ": already exists; results are never overwritten (choose another --out or remove it)");
    }
}
