package org.inferenceshift.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.FixedAllocation;
import org.inferenceshift.labs.FixedMenu;
import org.inferenceshift.labs.LabDecisions;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.ModelRecords;
import org.inferenceshift.metrics.ServedCopies;
import org.inferenceshift.scenario.LabSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-built models of N = 1e9 parameters trained on D = 2e10 tokens: pre-training 6 N D = 1.2e20 FLOP.
 * Serving d I tokens costs 2 N d I, so deployment overtakes pre-training at d I = 3 D = 6e10 tokens.
 */
class ModelsCsvTest {
    private static final double N = 1e9;
    private static final double D = 2e10;
    private static final double PRETRAINING = 6 * N * D;

    @TempDir
    Path dir;

    @Test
    void crossOverIsReadOffDeploymentAgainstPretraining() throws IOException {
        TrainedModel crossed = model(0, 1.5e20);      // d I = 7.5e10 > 3 D
        TrainedModel notYet = model(1, 1.0e20);       // d I = 5e10: above D, below 3 D
        List<CSVRecord> rows = writeAndRead(List.of(crossed, notYet), List.of());

        CSVRecord a = rows.get(0);
        assertEquals(PRETRAINING, number(a, ModelColumn.PRETRAINING_FLOP), 1e6);
        assertEquals(D, number(a, ModelColumn.TRAINING_TOKENS), 1e-3);
        assertEquals(7.5e10, number(a, ModelColumn.DEPLOYMENT_TOKENS), 1e-3);
        assertEquals(1.25, number(a, ModelColumn.DEPLOYMENT_TO_PRETRAINING), 1e-12);
        assertEquals("true", a.get(ModelColumn.DEPLOYMENT_EXCEEDS_PRETRAINING.column()));
        assertEquals(2.7e20, number(a, ModelColumn.LIFETIME_FLOP), 1e6);
        assertEquals(1.2 / 2.7, number(a, ModelColumn.TRAINING_SHARE_LIFETIME), 1e-12);

        CSVRecord b = rows.get(1);
        assertEquals(5e10, number(b, ModelColumn.DEPLOYMENT_TOKENS), 1e-3);
        assertEquals("false", b.get(ModelColumn.DEPLOYMENT_EXCEEDS_PRETRAINING.column()));
    }

    @Test
    void releasedModelGetsItsReleaseMonthAndCopiesShelvedOneNA() throws IOException {
        TrainedModel released = model(0, 0);
        TrainedModel shelved = model(1, 0);
        LabSpec spec = TestScenarios.baseline(1_000, 12).labs().get(0);
        Lab lab = new Lab(0, spec, 0, new LabDecisions(new FixedAllocation(spec.allocation(), spec.tokensPerParameter()), new FixedMenu()), 0, 0);
        lab.deploy(released, 3);
        // capacity for exactly 1000 copies at k = 10 and 20 tokens/s: 1000 * 2 N * 20 * 10 FLOP/s for a month
        double capacity = 1000 * 2 * N * 20 * 10 * ServedCopies.SECONDS_PER_MONTH;
        LabMonth march = labMonth(3, "lab", capacity, 10);
        List<CSVRecord> rows = writeAndRead(List.of(released, shelved), List.of(labMonth(2, "lab", 1, 1), march));

        assertEquals("3", rows.get(0).get(ModelColumn.RELEASE_MONTH.column()));
        assertEquals(1000, number(rows.get(0), ModelColumn.COPIES_AT_RELEASE), 1e-9);
        assertEquals(Numbers.MISSING, rows.get(1).get(ModelColumn.RELEASE_MONTH.column()));
        assertEquals(Numbers.MISSING, rows.get(1).get(ModelColumn.COPIES_AT_RELEASE.column()));
    }

    @Test
    void headerIsTheColumnRegistryInOrder() throws IOException {
        Path file = dir.resolve("models.csv");
        ModelsCsv.write(List.of(), file);
        String header = Files.readAllLines(file).get(0);
        assertEquals(String.join(",", ModelsCsv.header()), header);
        assertEquals("model_id", header.substring(0, header.indexOf(',')));
    }

    private List<CSVRecord> writeAndRead(List<TrainedModel> models, List<LabMonth> labMonths) throws IOException {
        Path file = dir.resolve("models.csv");
        ModelsCsv.write(ModelRecords.of(models, labMonths, 20), file);
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static double number(CSVRecord row, ModelColumn column) {
        return Double.parseDouble(row.get(column.column()));
    }

    private static TrainedModel model(int id, double deploymentFlop) {
        TrainedModel m = new TrainedModel(id, "lab", 0, PRETRAINING, PRETRAINING, 0, new ModelShape(N, D), 25, 1, false);
        m.addDeploymentFlop(deploymentFlop);
        return m;
    }

    private static LabMonth labMonth(int month, String lab, double capacityFlop, double topK) {
        return new LabMonth(month, lab, true, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, capacityFlop, 0, 1,
                0, 0, 25, 25, N, 1, 20, 20, topK, 0, 0, 0, 0, 3.0e26, 0);
    }
}
