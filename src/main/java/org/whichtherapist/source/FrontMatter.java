package org.whichtherapist.source;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a content file and the Markdown after it.
 *
 * @param values   field name to value: String, Boolean, Long, Double, List or Map, as written
 * @param lines    the file's line of every field and list item, by a path such as {@code situations[2].see}
 * @param bodyLine the file's line of the body's first line
 */
public record FrontMatter(Map<String, Object> values, Map<String, Integer> lines, String body, int bodyLine) {

    public FrontMatter {
        values = Collections.unmodifiableMap(values);
        lines = Collections.unmodifiableMap(lines);
    }

    public boolean has(String key) {
        return values.containsKey(key) && values.get(key) != null;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Optional<String> text(String key) {
        Object value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).trim());
    }

    /** A list field as strings; a single value counts as a list of one. */
    public List<String> textList(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> item == null ? "" : String.valueOf(item).trim()).toList();
        }
        return List.of(String.valueOf(value).trim());
    }

    /** The line of a field, or of the header's first line when the field is not there. */
    public int lineOf(String path) {
        return lines.getOrDefault(path, 1);
    }
}
