package org.whichtherapist.schema;

import org.whichtherapist.source.SourceDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The three levels of care a health page's {@code care} field can name, after the NHS "when and where to get
 * care" pattern. A page's box starts with its own level's card and always goes on to the more serious ones,
 * so every box carries the emergency and urgent signs: no value of {@code care} can show a reader less.
 */
public enum CareLevel {
    /** 999 or A&E now. */
    EMERGENCY("emergency", "Immediate action required"),
    /** NHS 111 (by phone or online), NHS 24 in Scotland, NHS 111 Wales, a GP in Northern Ireland, or an urgent GP appointment. */
    URGENT("urgent", "Urgent advice"),
    /** A simple sprain or strain looked after at home. */
    SELF_CARE("self-care", "Non-urgent advice");

    /** The front matter field that names a page's level. */
    public static final String FIELD = "care";

    private final String id;
    private final String label;

    CareLevel(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word written after {@code care:}. */
    public String id() {
        return id;
    }

    /** What screen readers hear before the card's heading, as on the NHS website's care cards. */
    public String label() {
        return label;
    }

    /** Where this level's advice is written, below the content folder. */
    public String file() {
        return "_snippets/care-" + id + ".md";
    }

    /** The cards a page of this level shows: its own first, then the others it must carry. */
    public List<CareLevel> cards() {
        return switch (this) {
            case EMERGENCY -> List.of(EMERGENCY, URGENT);
            case URGENT -> List.of(URGENT, EMERGENCY);
            case SELF_CARE -> List.of(SELF_CARE, URGENT, EMERGENCY);
        };
    }

    public static Optional<CareLevel> fromId(String id) {
        return Arrays.stream(values()).filter(level -> level.id.equals(id)).findFirst();
    }

    /** Every level's word, for the schema and for messages. */
    public static String[] ids() {
        return Arrays.stream(values()).map(CareLevel::id).toArray(String[]::new);
    }

    /** A page's {@code care} level, or {@link #URGENT} (emergency and urgent signs) for a page without one. */
    public static CareLevel of(SourceDocument doc) {
        return doc.frontMatter().text(FIELD).flatMap(CareLevel::fromId).orElse(URGENT);
    }
}
