package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplicatedVerdictTest {
    @Test
    void aVerdictBothSeedSetsGiveStands() {
        assertEquals(ReplicatedVerdict.SUPPORTED, ReplicatedVerdict.of(Verdict.SUPPORTED, Verdict.SUPPORTED));
        assertEquals(ReplicatedVerdict.CONTRADICTED, ReplicatedVerdict.of(Verdict.CONTRADICTED, Verdict.CONTRADICTED));
        assertEquals(ReplicatedVerdict.INCONCLUSIVE, ReplicatedVerdict.of(Verdict.INCONCLUSIVE, Verdict.INCONCLUSIVE));
    }

    @Test
    void anyDisagreementBetweenTestedSetsIsUnstableWhicheverSetSaysWhat() {
        Verdict[] tested = {Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.INCONCLUSIVE};
        for (Verdict first : tested) {
            for (Verdict second : tested) {
                if (first != second) {
                    assertEquals(ReplicatedVerdict.UNSTABLE, ReplicatedVerdict.of(first, second), first + " then " + second);
                }
            }
        }
    }

    @Test
    void aSetThatCouldNotBeTestedLeavesNothingToReplicate() {
        for (Verdict other : Verdict.values()) {
            assertEquals(ReplicatedVerdict.UNTESTED, ReplicatedVerdict.of(Verdict.UNTESTED, other));
            assertEquals(ReplicatedVerdict.UNTESTED, ReplicatedVerdict.of(other, Verdict.UNTESTED));
        }
    }

    @Test
    void labelsAreLowerCase() {
        assertEquals("unstable", ReplicatedVerdict.UNSTABLE.label());
    }
}
