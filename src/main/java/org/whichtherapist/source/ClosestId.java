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
        String lower = name.toLowerCase();
        return known.stream().filter(k -> DISTANCE.apply(lower, k) >= 0)
                .min(java.util.Comparator.comparingInt((String k) -> DISTANCE.apply(lower, k)).thenComparing(k -> k));
    }

    /** The fix for a name that is none of {@code known}: "did you mean 'x'?", or the names there are. */
    public static String hint(String name, Collection<String> known) {
        return to(name, known).map(k -> "did you mean '" + k + "'?").orElse("use: " + String.join(", ", known));
    }
}
