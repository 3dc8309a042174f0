package org.inferenceshift.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.sim.IndustryModel;
import org.junit.jupiter.api.Test;

/** The regulators table's state columns (issue 19 item 7), read off the model without a window. */
class RegulatorsTableRowsTest {
    @Test
    void aDesignationOfficeShowsItsEvaluationsInProgress() throws Exception {
        IndustryModel model = new IndustryModel(ScenarioLoader.load(Path.of("..", "scenarios", "policy-capability-designation.json"),
                Map.of("population.agents", com.fasterxml.jackson.databind.node.LongNode.valueOf(2000))));
        model.start();
        model.schedule.step(model);
        List<String> row = RegulatorsTable.rows(model).get(0);
        assertEquals(RegulatorsTable.HEADER.size(), row.size());
        // month 0: five labs deploy, the budget of 4 a year starts 4 three-month evaluations, none has ended
        assertEquals("4", row.get(RegulatorsTable.HEADER.indexOf("evaluations running")));
        assertEquals("0", row.get(RegulatorsTable.HEADER.indexOf("designated")));
        assertEquals("-", row.get(RegulatorsTable.HEADER.indexOf("threshold now")));
        model.finish();
    }
}
