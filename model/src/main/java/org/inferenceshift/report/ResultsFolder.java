package org.inferenceshift.report;

import java.io.IOException;
import java.nio.file.Path;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.output.ResultsWriter;
import org.inferenceshift.run.RunResult;

/**
 * A run's whole results folder, complete or absent ({@link AtomicFolder}): the data files of
 * {@link ResultsWriter}, then the charts and reports of {@link RunReport}.
 */
public final class ResultsFolder {
    private ResultsFolder() {
    }

    public static void write(RunResult result, Path target) throws IOException, OutputExistsException {
        try (AtomicFolder folder = AtomicFolder.create(target)) {
            ResultsWriter.writeInto(result, folder.staging());
            RunReport.writeInto(result, folder.staging());
            folder.commit();
        }
    }
}
