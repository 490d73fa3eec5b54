package org.whichtherapist.schema;

import org.whichtherapist.source.ContentType;
import java.util.List;

/**
 * One front matter field a content type accepts.
 *
 * @param name     the key, as written before the colon
 * @param kind     what sort of value it holds
 * @param required whether every page of the type must have it
 * @param limits   what values it allows
 */
public record Field(String name, Kind kind, boolean required, Limits limits) {

    /**
     * What sort of value a field holds: the validator checks it and the editor at admin/ picks its
     * widget by it ({@code publish.EditorFields}). {@code SOURCES}: ids from content/_data/sources.yml;
     * {@code IMAGE}: a picture file's path; {@code MARKDOWN}: paragraphs of Markdown.
     */
    public enum Kind {
        TEXT, TEXT_LIST, DATE, BOOLEAN, NUMBER, LEVEL, CHOICE, CHOICE_LIST, REF, REFS, TAGS, SITUATIONS, SOURCES,
        IMAGE, MARKDOWN
    }

    /**
     * @param choices   allowed words, for {@link Kind#CHOICE} and {@link Kind#CHOICE_LIST}
     * @param refType   the type of page referred to, for {@link Kind#REFS} and {@link Kind#REF}
     * @param maxLength the longest text allowed, or 0 for no limit
     * @param meaning   what the field says, in a few words, for the message when it is missing, or empty
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
