package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splicing a run's results into docs/CLAIMS.md keeps every hand-written line. */
class ClaimsDocTest {
    private static final String DOC = "# Claims\n\nintro\n\n" + ClaimsDoc.BEGIN + "\nstale registry\n" + ClaimsDoc.END
            + "\n\n## Results\n\n" + ClaimsDoc.RESULTS_BEGIN + "\nold table\n" + ClaimsDoc.RESULTS_END
            + "\n\n## Mechanisms\n\nhand-written analysis\n";

    private static List<ClaimResult> untestedResults() {
        return ClaimRegistry.claims().stream().map(c -> ClaimResult.untested(c, "not run")).toList();
    }

    @Test
    void spliceRegeneratesBothBlocksAndKeepsTheRest() {
        String spliced = ClaimsDoc.splice(DOC, ClaimsSettings.FULL, Findings.of(untestedResults()));
        assertTrue(spliced.startsWith("# Claims\n\nintro\n\n" + ClaimsDoc.registry()), spliced);
        assertTrue(spliced.endsWith(ClaimsDoc.RESULTS_END + "\n\n## Mechanisms\n\nhand-written analysis\n"));
        assertTrue(spliced.contains("Full mode: 30 seeds per arm on each of two independent seed sets, a robustness design of about 256 worlds (2 seed(s) each), 10,000 simulated users"));
        assertTrue(spliced.contains("| 9b | "));
        int parts = ClaimRegistry.claims().size();
        assertTrue(spliced.contains("Of " + parts + " claim parts (verdicts replicated on two independent seed sets): "
                + "0 supported, 0 contradicted, 0 inconclusive, 0 unstable, " + parts + " untested;"), spliced);
        assertTrue(!spliced.contains("old table") && !spliced.contains("stale registry"));
        assertEquals(spliced, ClaimsDoc.splice(spliced, ClaimsSettings.FULL, Findings.of(untestedResults())), "splicing twice changes nothing");
    }

    @Test
    void aDocumentWithoutTheBlocksIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimsDoc.checkBlocks("# Claims\n\nno markers here\n"));
        assertTrue(e.getMessage().contains(ClaimsDoc.BEGIN), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClaimsDoc.checkBlocks(ClaimsDoc.registry() + "\nno results block\n"));
    }
}
