package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inferenceshift.experiment.ResumeException;
import org.inferenceshift.experiment.RunFailedException;
import org.junit.jupiter.api.Test;

/** The claims' experiments two at a time: every one run, never more in flight, the earliest failure reported. */
class ExperimentPipelineTest {

    @Test
    void runsEveryStepWithTwoAtOnceNeverMore() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> started = Collections.synchronizedList(new ArrayList<>());
        List<ExperimentPipeline.Step> steps = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int id = i;
            steps.add(() -> {
                started.add(id);
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(100);
                running.decrementAndGet();
            });
        }
        ExperimentPipeline.run(steps);
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), started.stream().sorted().toList());
        assertEquals(ExperimentPipeline.IN_FLIGHT, most.get(), "two in flight, never more");
    }

    @Test
    void afterAFailureNoFurtherStepStartsAndTheEarliestFailureIsThrownWithItsType() {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch secondFailed = new CountDownLatch(1);
        List<ExperimentPipeline.Step> steps = new ArrayList<>();
        steps.add(() -> {
            ran.add(0);
            // The first fails only after the second has: the earliest experiment's failure is still the one
            // reported, not the first to happen.
            await(secondFailed);
            throw new ResumeException("first experiment refused");
        });
        steps.add(() -> {
            ran.add(1);
            secondFailed.countDown();
            throw new RunFailedException("second experiment crashed", null);
        });
        for (int i = 2; i < 6; i++) {
            int id = i;
            steps.add(() -> ran.add(id));
        }
        ResumeException e = assertThrows(ResumeException.class, () -> ExperimentPipeline.run(steps));
        assertEquals("first experiment refused", e.getMessage());
        assertTrue(ran.containsAll(List.of(0, 1)), ran::toString);
        assertEquals(2, ran.size(), "nothing starts after a failure: " + ran);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
