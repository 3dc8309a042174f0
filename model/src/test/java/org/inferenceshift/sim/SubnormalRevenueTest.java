package org.inferenceshift.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Map;
import org.inferenceshift.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The scenario jqwik shrank to in {@link InvariantPropertiesTest}: an API market so small that a lab's revenue is
 * the smallest subnormal double (4.9e-324), where capacity spend over revenue overflowed to infinity. Ratios
 * over such revenue are NA, and every invariant holds.
 */
class SubnormalRevenueTest {
    @Test
    void invariantsHoldWhenRevenueIsSubnormal() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/regression/subnormal-api-revenue.json")) {
            ObjectNode json = (ObjectNode) new ObjectMapper().readTree(in);
            Invariants.runChecked(ScenarioLoader.resolve(json, Map.of(), "subnormal-api-revenue.json"));
        }
    }
}
