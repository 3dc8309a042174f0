package org.inferenceshift.output;

import java.util.function.Function;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.ModelRecord;

/**
 * The columns of {@code models.csv}, one row per model ever trained (DESIGN §5 lifetime compute). Like
 * {@link Metric}, this is the one place the column names, units and meanings are written; the CSV header
 * and {@code docs/METRICS.md} read them from here.
 */
public enum ModelColumn implements CsvColumn<ModelRecord> {
    MODEL_ID("model_id", "id", "Sequence number of the model in the run (training order).",
            r -> Integer.toString(r.modelId())),
    LAB_ID("lab_id", "id", "Lab that trained it.", r -> CsvCells.text(r.labId())),
    OPEN_WEIGHTS("open_weights", "true/false", "Whether its weights were released openly.",
            r -> Boolean.toString(r.openWeights())),
    TRAINED_MONTH("trained_month", "month", "Month its training run ended (0 for the opening roster).",
            r -> Integer.toString(r.trainedMonth())),
    RELEASE_MONTH("release_month", "month", "Month it was first deployed (NA: shelved, never deployed).",
            r -> r.released() ? Integer.toString(r.releaseMonth()) : Numbers.MISSING),
    PARAMETERS("parameters", "parameters", "N, from C = 6 N D and D = tokensPerParameter N.",
            r -> Numbers.format(r.parameters())),
    TRAINING_TOKENS("training_tokens", "tokens", "D, the tokens it was pre-trained on.",
            r -> Numbers.format(r.trainingTokens())),
    PRETRAINING_FLOP("pretraining_flop", "FLOP", "Physical pre-training compute of the final run, 6 N D.",
            r -> Numbers.format(r.pretrainingFlop())),
    EFFECTIVE_PRETRAINING_FLOP("effective_pretraining_flop", "FLOP (effective)",
            "Pre-training compute times the algorithmic multiplier of the months it was spent in.",
            r -> Numbers.format(r.effectivePretrainingFlop())),
    POSTTRAINING_FLOP("posttraining_flop", "FLOP", "Reasoning post-training (RL) compute of the final run.",
            r -> Numbers.format(r.posttrainingFlop())),
    DEPLOYMENT_FLOP("deployment_flop", "FLOP",
            "Compute spent serving it up to the end of the run (lab tiers, plus self-hosting if open-weight).",
            r -> Numbers.format(r.deploymentFlop())),
    LIFETIME_FLOP("lifetime_flop", "FLOP", "pretraining_flop + posttraining_flop + deployment_flop.",
            r -> Numbers.format(r.lifetimeFlop())),
    TRAINING_SHARE_LIFETIME("training_share_lifetime", "share",
            "(pretraining_flop + posttraining_flop) / lifetime_flop.",
            r -> Numbers.format(r.trainingShareOfLifetime())),
    DEPLOYMENT_TOKENS("deployment_tokens", "tokens",
            "d I: tokens generated in deployment, deployment_flop / (2 N); compare with training_tokens.",
            r -> Numbers.format(r.deploymentTokens())),
    DEPLOYMENT_TO_PRETRAINING("deployment_to_pretraining", "ratio",
            "deployment_flop / pretraining_flop = d I / (3 D).",
            r -> Numbers.format(r.deploymentToPretraining())),
    DEPLOYMENT_EXCEEDS_PRETRAINING("deployment_exceeds_pretraining", "true/false",
            "The appendix cross-over: deployment_flop > pretraining_flop, i.e. d I > 3 D.",
            r -> Boolean.toString(r.deploymentExceedsPretraining())),
    BASE_E("base_E", "E (OOM)", "E at k = 1 (pre-training capability alone).",
            r -> Numbers.format(r.baseE())),
    PLATEAU_OOM("plateau_oom", "OOM of k", "P: orders of magnitude of inference that still help.",
            r -> Numbers.format(r.plateauOom())),
    COPIES_AT_RELEASE("copies_at_release", "copies",
            "Copies its lab could serve at once in its release month, at the lab's top tier (see "
                    + "frontier_copies_at_release; NA: never deployed).",
            r -> Numbers.format(r.copiesAtRelease()));

    private final transient ColumnSpec<ModelRecord> spec;

    ModelColumn(String column, String unit, String description, Function<ModelRecord, String> value) {
        this.spec = new ColumnSpec<>(column, unit, description, value);
    }

    @Override
    public ColumnSpec<ModelRecord> spec() {
        return spec;
    }
}
