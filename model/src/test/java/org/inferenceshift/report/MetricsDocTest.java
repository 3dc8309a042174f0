package org.inferenceshift.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.output.ModelColumn;
import org.junit.jupiter.api.Test;

class MetricsDocTest {
    private static final Path METRICS_MD = Path.of("..", "docs", "METRICS.md");

    @Test
    void docsMetricsMdIsInStepWithTheRegistry() throws IOException {
        String onDisk = Files.readString(METRICS_MD, StandardCharsets.UTF_8);
        assertEquals(MetricsDoc.markdown(), onDisk,
                "docs/METRICS.md differs from the metric registry; regenerate it with: " + MetricsDoc.REGENERATE);
    }

    @Test
    void everyMetricAndModelColumnIsListed() {
        String doc = MetricsDoc.markdown();
        for (Metric m : Metric.values()) {
            assertTrue(doc.contains("| `" + m.column() + "` | " + m.unit() + " |"), m.column());
        }
        for (ModelColumn c : ModelColumn.values()) {
            assertTrue(doc.contains("| `" + c.column() + "` | "), c.column());
        }
    }
}
