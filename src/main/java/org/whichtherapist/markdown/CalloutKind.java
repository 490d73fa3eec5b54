package org.whichtherapist.markdown;

import java.util.Arrays;
import java.util.Optional;

/**
 * The boxes an article can use for things a reader must not miss, after the NHS care cards.
 * Screen readers hear the {@link #label()} before the title.
 */
public enum CalloutKind {
    EMERGENCY("emergency", "Emergency"),
    URGENT("urgent", "Urgent advice"),
    IMPORTANT("important", "Important"),
    INFO("info", "Information"),
    /** The one standard urgent-care text ({@link UrgentCareBox}): written {@code !!! urgent-care}, alone. */
    URGENT_CARE("urgent-care", "Urgent advice");

    private final String id;
    private final String label;

    CalloutKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CalloutKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static String allIds() {
        return String.join(", ", Arrays.stream(values()).map(CalloutKind::id).toList());
    }
}
