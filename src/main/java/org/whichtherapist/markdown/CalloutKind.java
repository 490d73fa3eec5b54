package org.whichtherapist.markdown;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The boxes an article can use for things a reader must not miss, after the NHS care cards.
 * Screen readers hear the {@link #label()} before the title.
 */
public enum CalloutKind {
    EMERGENCY("Emergency"),
    URGENT("Urgent advice"),
    IMPORTANT("Important"),
    INFO("Information"),
    /** The one standard urgent-care text ({@link UrgentCareBox}): written {@code !!! urgent-care}, alone. */
    URGENT_CARE("Urgent advice");

    private final String label;

    CalloutKind(String label) {
        this.label = label;
    }

    /** The word after {@code !!!}: the name in lower case, with hyphens. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    public static Optional<CalloutKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(CalloutKind::id).toList());
    }
}
