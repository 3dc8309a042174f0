package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.TestScenarios;
import org.junit.jupiter.api.Test;

/** The model ends every month for the observers its run attached, in order, and a start begins with none. */
class MonthObserversTest {

    @Test
    void observersAreCalledInOrderAtTheEndOfEveryMonthUntilTheNextStart() {
        IndustryModel model = new IndustryModel(TestScenarios.small(200, 12, ""));
        List<String> calls = new ArrayList<>();
        model.start();
        model.addMonthObserver(m -> calls.add("first " + m.month()));
        model.addMonthObserver(m -> calls.add("second " + m.month()));
        model.schedule.step(model);
        model.schedule.step(model);
        assertEquals(List.of("first 0", "second 0", "first 1", "second 1"), calls);

        model.start();
        model.schedule.step(model);
        assertEquals(4, calls.size(), "a new start drops the previous run's observers");
        assertEquals(List.of(), model.monthObservers());
        model.finish();
    }
}
