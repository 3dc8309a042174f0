package org.inferenceshift.claims;

/**
 * A parameter the robustness sample varies, with its range and where the range comes from. The same
 * values apply to every arm of a sampled world, so only parameters that do not define an arm (the eras'
 * data wall returns, reasoning gain and allocations do) are sampled.
 *
 * @param path   dotted scenario path
 * @param min    lowest value sampled
 * @param max    highest value sampled
 * @param source the reason for the range (docs/MODEL.md carries the same table)
 */
public record UncertainParameter(String path, double min, double max, String source) {
    public UncertainParameter {
        if (!(min < max)) {
            throw new IllegalArgumentException(path + ": range [" + min + ", " + max + "] is empty");
        }
    }

    /** The last part of the path, for narrow table columns and figure labels. */
    public String shortName() {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
