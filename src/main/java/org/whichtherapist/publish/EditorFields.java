package org.whichtherapist.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whichtherapist.schema.ContentSchema;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.schema.Field;

/** One field of the schema as the editor shows it: widget, required, allowed values (the site's own ids), hint. */
record EditorFields(SiteIds ids) {
    /** The editor's description of {@code field}, with {@code hint} (if any) under it. */
    Map<String, Object> of(Field field, Optional<String> hint) {
        Map<String, Object> widget = ordered("name", field.name(), "label", label(field.name()));
        widget(field, widget);
        widget.put("required", field.required());
        hint.ifPresent(h -> widget.put("hint", h));
        return widget;
    }

    /** Adds to {@code w} the widget that edits {@code field}. */
    private void widget(Field field, Map<String, Object> w) {
        switch (field.kind()) {
            case TEXT -> {
                w.put("widget", "string");
                if (field.maxLength() > 0) {
                    w.put("maxlength", field.maxLength());
                }
            }
            case MARKDOWN -> w.put("widget", "markdown");
            case IMAGE -> w.put("widget", "image");
            case TEXT_LIST -> list(w, ordered("name", "item", "label", label(field.name()), "widget", "string"));
            case DATE -> {
                w.put("widget", "datetime");
                w.put("type", "date");
                w.put("format", "YYYY-MM-DD");
            }
            case BOOLEAN -> w.put("widget", "boolean");
            case NUMBER -> number(w, 0, null);
            case LEVEL -> number(w, 1, 8);
            case CHOICE, CHOICE_LIST -> select(w, field.choices().stream().map(c -> new SiteIds.Option(c, c)).toList(),
                    field.kind() == Field.Kind.CHOICE_LIST);
            case REF, REFS -> select(w, ids.pagesByType().getOrDefault(field.refType(), List.of()),
                    field.kind() == Field.Kind.REFS);
            case SOURCES -> {
                select(w, ids.sources(), true);
                if (field.required()) {
                    w.put("min", 1);
                }
            }
            case TAGS -> list(w, tagField());
            case SITUATIONS -> situations(w);
        }
    }

    private static void list(Map<String, Object> w, Map<String, Object> item) {
        w.put("widget", "list");
        w.put("field", item);
    }

    private static void number(Map<String, Object> w, int min, Integer max) {
        w.put("widget", "number");
        w.put("value_type", "int");
        w.put("min", min);
        if (max != null) {
            w.put("max", max);
        }
    }

    private static void select(Map<String, Object> w, List<SiteIds.Option> options, boolean multiple) {
        w.put("widget", "select");
        w.put("options", options.stream().map(o -> ordered("label", o.label(), "value", o.value())).toList());
        if (multiple) {
            w.put("multiple", true);
        }
    }

    private Map<String, Object> tagField() {
        Map<String, Object> tag = ordered("name", "topic", "label", "Topic", "widget", "string",
                "maxlength", ContentSchema.MAX_TAG_LENGTH, "pattern", List.of("^" + ContentSchema.TAG.pattern() + "$",
                        "Lower-case letters, digits, spaces or hyphens, e.g. sports massage"));
        if (!ids.tags().isEmpty()) {
            tag.put("hint", "Topics already used: " + String.join(", ", ids.tags()));
        }
        return tag;
    }

    private void situations(Map<String, Object> w) {
        w.put("widget", "list");
        w.put("summary", "{{fields.label}}");
        w.put("fields", ContentSchema.SITUATION_FIELDS.stream().map(sub -> of(sub, Optional.empty())).toList());
    }

    /** A map that keeps the order its entries are given in ({@code Map.of}'s changes from run to run). */
    static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** "see_someone_else_if" becomes "See someone else if". */
    static String label(String name) {
        String words = name.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The ids a field may name: the site's pages of each type, its sources and the topics in use. */
    record SiteIds(Map<ContentType, List<Option>> pagesByType, List<Option> sources, List<String> tags) {
        record Option(String value, String label) {
        }
    }
}
