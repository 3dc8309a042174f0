package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The registry against the documents and files it refers to. */
class ClaimRegistryTest {
    private static final Path CLAIMS_MD = Path.of("..", "docs", "CLAIMS.md");
    private static final Path MODEL_MD = Path.of("..", "docs", "MODEL.md");
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    /** The source texts live beside the repository in the project's workspace, not in it. */
    private static final Path SEEDS = Path.of("..", "..", "shared", "seeds");

    @Test
    void docsClaimsMdCarriesTheRegistryAsGenerated() throws IOException {
        String doc = Files.readString(CLAIMS_MD, StandardCharsets.UTF_8);
        int begin = doc.indexOf(ClaimsDoc.BEGIN);
        int end = doc.indexOf(ClaimsDoc.END);
        assertTrue(begin >= 0 && end > begin, "docs/CLAIMS.md lacks the registry markers");
        assertEquals(ClaimsDoc.registry(), doc.substring(begin, end + ClaimsDoc.END.length() + 1),
                "docs/CLAIMS.md's registry block differs from the code; replace it with the output of "
                        + "./inferenceshift claims --registry");
    }

    @Test
    void docsModelMdCarriesTheUncertainParameterTable() throws IOException {
        assertTrue(Files.readString(MODEL_MD, StandardCharsets.UTF_8).contains(ClaimsDoc.parameterTable()),
                "docs/MODEL.md's table of uncertain parameters differs from the registry; copy it from "
                        + "./inferenceshift claims --registry");
    }

    @Test
    void idsAreUniqueAndEveryClaimOfDesignSection10IsThere() {
        Set<String> ids = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (Claim c : ClaimRegistry.claims()) {
            assertTrue(ids.add(c.id()), "duplicate claim id " + c.id());
            assertTrue(c.id().startsWith(Integer.toString(c.number())), c.id());
            numbers.add(c.number());
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), numbers);
    }

    /** Every sampled range is accepted by every shipped arm, at both ends. */
    @Test
    void uncertainRangesAreAcceptedByEveryArmScenario() throws ScenarioException {
        for (Comparison c : ClaimRegistry.comparisons()) {
            for (Arm arm : new Arm[] {c.baseline(), c.treatment()}) {
                Path file = SCENARIOS.resolve(arm.file());
                if (!Files.exists(file)) {
                    continue;
                }
                for (UncertainParameter p : ClaimRegistry.uncertainParameters()) {
                    ScenarioLoader.load(file, Map.of(p.path(), DoubleNode.valueOf(p.min())));
                    ScenarioLoader.load(file, Map.of(p.path(), DoubleNode.valueOf(p.max())));
                }
            }
        }
    }

    @Test
    void theErasAndIdaArmsAreShipped() {
        for (Comparison c : new Comparison[] {ClaimRegistry.ERAS, ClaimRegistry.IDA}) {
            assertTrue(Files.exists(SCENARIOS.resolve(c.baseline().file())), c.baseline().file());
            assertTrue(Files.exists(SCENARIOS.resolve(c.treatment().file())), c.treatment().file());
        }
    }

    /** Citations are section headings of the texts, so each must occur in its text as written. */
    @Test
    void everyCitedSectionHeadingIsInItsSourceText() throws IOException {
        Path essay = SEEDS.resolve("002_d7c3cba5a34d2014.txt");
        Path report = SEEDS.resolve("001_a0ca087a4b4a5e7e.txt");
        assumeTrue(Files.exists(essay) && Files.exists(report), "source texts not beside the repository");
        String e = Files.readString(essay, StandardCharsets.UTF_8);
        String r = Files.readString(report, StandardCharsets.UTF_8);
        for (Claim c : ClaimRegistry.claims()) {
            assertTrue(e.contains(c.essaySection()), c.id() + ": [E] has no section \"" + c.essaySection() + "\"");
            for (String heading : c.reportSection().split("; ")) {
                assertTrue(r.contains(heading), c.id() + ": [R] has no section \"" + heading + "\"");
            }
        }
    }
}
