package org.inferenceshift.scenario;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the known name closest to a mistyped one, if any is close enough to be a typo. */
public final class DidYouMean {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    public static String closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = typed.toLowerCase(Locale.ROOT);
        for (String name : known) {
            int d = DISTANCE.apply(lower, name.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        int allowed = Math.max(2, typed.length() / 3);
        return bestDistance <= allowed ? best : null;
    }
}
