package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A lab's decision to stop iterated amplification and distillation when iterations stop paying (MODEL.md
 * §7.10). It is told the gain of each finished iteration, in order (0 for a failed one); once it answers
 * true the lab runs no more iterations and spends its IDA share on serving capacity instead.
 */
public interface IdaStopping extends Serializable {
    /** Called after each finished iteration; true to stop iterating for good. */
    boolean stopAfter(double gainE);
}
