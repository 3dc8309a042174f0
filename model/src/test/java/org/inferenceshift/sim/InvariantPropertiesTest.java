package org.inferenceshift.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.inferenceshift.ScenarioArbitraries;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * Over random valid scenarios (every parameter anywhere in its declared range), the accounting identities
 * and the bounds of the indices hold at every step, and no quantity is ever NaN or infinite.
 */
class InvariantPropertiesTest {
    @Provide
    Arbitrary<ObjectNode> scenarios() {
        return ScenarioArbitraries.validScenarioJson();
    }

    @Property(tries = 300)
    void invariantsHoldAtEveryStep(@ForAll("scenarios") ObjectNode json) throws ScenarioException {
        Invariants.runChecked(ScenarioLoader.resolve(json, Map.of(), "random.json"));
    }
}
