package org.whichtherapist.content;

import java.util.List;

/**
 * One front matter field a content type accepts.
 *
 * @param name     the key, as written before the colon
 * @param kind     what sort of value it holds
 * @param required whether every page of the type must have it
 * @param choices  allowed words, for {@link Kind#CHOICE} and {@link Kind#CHOICE_LIST}
 * @param refType  the type of page referred to, for {@link Kind#REFS} and {@link Kind#REF}
 * @param maxLength the longest text allowed, or 0 for no limit
 */
public record Field(String name, Kind kind, boolean required, List<String> choices, ContentType refType,
                    int maxLength) {

    public enum Kind {
        TEXT, TEXT_LIST, DATE, BOOLEAN, NUMBER, LEVEL, CHOICE, CHOICE_LIST, REF, REFS, TAGS, SITUATIONS
    }

    public static Field required(String name, Kind kind) {
        return new Field(name, kind, true, List.of(), null, 0);
    }

    public static Field optional(String name, Kind kind) {
        return new Field(name, kind, false, List.of(), null, 0);
    }

    public Field oneOf(String... allowed) {
        return new Field(name, kind, required, List.of(allowed), refType, maxLength);
    }

    public Field referringTo(ContentType type) {
        return new Field(name, kind, required, choices, type, maxLength);
    }

    public Field atMost(int characters) {
        return new Field(name, kind, required, choices, refType, characters);
    }
}
