package org.whichtherapist.schema;

import org.whichtherapist.source.ContentType;
import java.util.List;

/** One front matter field a content type accepts, and what values it allows. */
public record Field(String name, Kind kind, boolean required, Limits limits) {

    /** What sort of value a field holds: the validator checks it, the editor picks its widget by it. */
    public enum Kind {
        TEXT, TEXT_LIST, DATE, BOOLEAN, NUMBER, LEVEL, CHOICE, CHOICE_LIST, REF, REFS, TAGS, SITUATIONS, SOURCES,
        IMAGE, MARKDOWN
    }

    /**
     * @param refType   the type of page referred to, for {@link Kind#REFS} and {@link Kind#REF}
     * @param maxLength the longest text allowed, or 0 for no limit
     * @param meaning   what the field says, for the message when it is missing
     */
    public record Limits(List<String> choices, ContentType refType, int maxLength, String meaning) {
        static final Limits NONE = new Limits(List.of(), null, 0, "");
    }

    public static Field required(String name, Kind kind) {
        return new Field(name, kind, true, Limits.NONE);
    }

    public static Field optional(String name, Kind kind) {
        return new Field(name, kind, false, Limits.NONE);
    }

    public List<String> choices() {
        return limits.choices();
    }

    public ContentType refType() {
        return limits.refType();
    }

    public int maxLength() {
        return limits.maxLength();
    }

    /** The same field, with its limits, but not required. */
    public Field asOptional() {
        return new Field(name, kind, false, limits);
    }

    public Field oneOf(String... allowed) {
        return new Field(name, kind, required, new Limits(List.of(allowed), limits.refType(), limits.maxLength(), limits.meaning()));
    }

    public Field referringTo(ContentType type) {
        return new Field(name, kind, required, new Limits(limits.choices(), type, limits.maxLength(), limits.meaning()));
    }

    /** What the field says, told to the owner when a page lacks it. */
    public Field meaning(String words) {
        return new Field(name, kind, required, new Limits(limits.choices(), limits.refType(), limits.maxLength(), words));
    }

    public String meaningText() {
        return limits.meaning();
    }

    public Field atMost(int characters) {
        return new Field(name, kind, required, new Limits(limits.choices(), limits.refType(), characters, limits.meaning()));
    }
}
