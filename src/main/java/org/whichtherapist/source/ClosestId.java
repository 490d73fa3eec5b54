package org.whichtherapist.source;

import java.util.Collection;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name nearest to a mistyped one, for "did you mean ...?" in problems. */
public final class ClosestId {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private ClosestId() {
    }

    /** The name in {@code known} at most three edits from {@code name} (ignoring capitals), if any. */
    public static Optional<String> to(String name, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = DISTANCE.apply(name.toLowerCase(), candidate);
            if (distance >= 0 && (distance < bestDistance
                    || distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
