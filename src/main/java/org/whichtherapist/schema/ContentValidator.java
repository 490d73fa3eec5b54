package org.whichtherapist.schema;

import org.whichtherapist.source.ClosestId;
import org.whichtherapist.source.ContentCache;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.DataFile;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.whichtherapist.core.Problems;
import org.whichtherapist.ledger.PerObject;

/** Checks every content file against {@link ContentSchema} and the ids pages refer to; reports every problem. */
public final class ContentValidator {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ALIAS = Pattern.compile("(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_-]*\\.html");

    /**
     * Each page's own checks, with the ids they were checked against ({@link PerObject}: the same document while its
     * file is unchanged, see {@link ContentCache}): an unchanged page needs no second look.
     */
    private final PerObject<SourceDocument, KnownIds, Problems> checked = new PerObject<>();
    /** The ids of the last {@link #validate}: the same object while they are equal, so comparing them is quick. */
    private KnownIds lastIds = new KnownIds(Map.of(), Map.of());

    /** The ids pages may refer to, and the old ids of renamed pages (their {@code aliases}) with their new ones. */
    private record KnownIds(Map<ContentType, Set<String>> ids, Map<ContentType, Map<String, String>> renamed) {
        static KnownIds of(Collection<SourceDocument> documents) {
            Map<ContentType, Map<String, String>> renamed = new HashMap<>();
            for (SourceDocument doc : documents) {
                doc.type().ifPresent(type -> doc.frontMatter().textList("aliases").stream()
                        .filter(alias -> alias.startsWith(type.outputFolder()) && alias.endsWith(".html"))
                        .map(alias -> alias.substring(type.outputFolder().length(), alias.length() - ".html".length()))
                        .forEach(old -> renamed.computeIfAbsent(type, t -> new HashMap<>()).putIfAbsent(old, doc.id())));
            }
            return new KnownIds(idsByType(documents), renamed);
        }

        /** What to write instead of the unknown {@code id} of {@code type}. */
        String fix(ContentType type, String id) {
            String now = renamed.getOrDefault(type, Map.of()).get(id);
            if (now != null) {
                return "that page was renamed: write '" + now + "'";
            }
            return ClosestId.to(id, ids.getOrDefault(type, Set.of())).map(k -> "did you mean '" + k + "'? ")
                    .orElse("") + type.howToFindIds();
        }
    }

    public synchronized Problems validate(Collection<SourceDocument> documents) {
        Problems problems = new Problems();
        KnownIds now = KnownIds.of(documents);
        KnownIds ids = lastIds = now.equals(lastIds) ? lastIds : now;
        Map<String, SourceDocument> outputs = new HashMap<>();
        Map<String, SourceDocument> aliases = new HashMap<>();
        for (SourceDocument doc : documents) {
            problems.addAll(checked.of(doc.path(), doc, ids, ContentValidator::checkDocument));
            checkAliases(doc, aliases, problems);
            SourceDocument clash = outputs.putIfAbsent(doc.outputUri(), doc);
            if (clash != null && doc.type().isPresent()) {
                problems.error(doc.path(), 1, "this page would be written to " + doc.outputUri()
                                + ", the same place as " + clash.path(),
                        "rename one of the two files");
            }
        }
        return problems;
    }

    /** Old addresses of a page: plain relative .html paths that no other page or alias uses. */
    private static void checkAliases(SourceDocument doc, Map<String, SourceDocument> seen, Problems problems) {
        List<String> list = doc.frontMatter().textList("aliases");
        for (int i = 0; i < list.size(); i++) {
            String alias = list.get(i);
            int line = doc.frontMatter().lineOf("aliases[" + i + "]");
            if (!ALIAS.matcher(alias).matches() || alias.contains("..")) {
                problems.error(doc.path(), line, "the old address '" + alias + "' is not a page address on this site",
                        "write it relative to the site, lower case, ending in .html, e.g. articles/old-name.html");
                continue;
            }
            SourceDocument other = seen.putIfAbsent(alias, doc);
            if (other != null && other != doc) {
                problems.error(doc.path(), line, "the old address '" + alias + "' is also listed by " + other.path(),
                        "keep it in one of the two files");
            }
        }
    }

    /** After validation: old addresses must not be the address of a page that exists now. */
    public Problems checkAliasesAreFree(Collection<SourceDocument> published) {
        Problems problems = new Problems();
        Set<String> outputs = published.stream().map(SourceDocument::outputUri).collect(Collectors.toSet());
        for (SourceDocument doc : published) {
            List<String> list = doc.frontMatter().textList("aliases");
            for (int i = 0; i < list.size(); i++) {
                if (outputs.contains(list.get(i))) {
                    problems.error(doc.path(), doc.frontMatter().lineOf("aliases[" + i + "]"), "the old address '"
                            + list.get(i) + "' is the address of a page that exists", "remove it from aliases");
                }
            }
        }
        return problems;
    }

    /** A page that will be published must not refer to one that will not (a draft, or dated later). */
    public Problems checkReferencesArePublished(Collection<SourceDocument> published,
                                                Collection<SourceDocument> all) {
        Problems problems = new Problems();
        Map<ContentType, Set<String>> publishedIds = idsByType(published);
        Map<ContentType, Set<String>> allIds = idsByType(all);
        for (SourceDocument doc : published) {
            forEachReference(doc, (field, path, type, id) -> {
                boolean exists = allIds.getOrDefault(type, Set.of()).contains(id);
                if (exists && !publishedIds.getOrDefault(type, Set.of()).contains(id)) {
                    problems.error(doc.path(), doc.frontMatter().lineOf(path),
                            "'" + field + "' refers to '" + id + "', which is not published yet (a draft or dated later)",
                            "publish " + type.outputFolder().replace("/", "") + " '" + id
                                    + "' first, or remove it from this list for now");
                }
            });
        }
        return problems;
    }

    private static Problems checkDocument(SourceDocument doc, KnownIds ids) {
        Problems problems = new Problems();
        FrontMatter fm = doc.frontMatter();
        String file = doc.path();
        if (!DataFile.ID.matcher(doc.id()).matches()) {
            problems.error(file, 0, "the file name '" + doc.id() + "' has capitals, spaces or other characters",
                    "rename it using lower-case letters, digits and hyphens, e.g. 'my-first-post.md'");
        }
        Optional<String> typeText = fm.text("type");
        if (typeText.isEmpty()) {
            problems.error(file, 1, "the field 'type' is missing", "add 'type:' with one of: " + ContentType.allIds());
            return problems;
        }
        Optional<ContentType> type = doc.type();
        if (type.isEmpty()) {
            problems.error(file, fm.lineOf("type"), "'" + typeText.get() + "' is not a type of page",
                    "use one of: " + ContentType.allIds());
            return problems;
        }
        Map<String, Field> fields = ContentSchema.fieldsOf(type.get());
        for (Field field : fields.values()) {
            if (field.name().equals("type")) {
                continue;
            }
            if (!fm.has(field.name())) {
                if (field.required()) {
                    // reported where the line is to go: the end of the front matter
                    problems.error(file, fm.bodyLine() - 1, "the field '" + field.name() + "' is missing",
                            "add a line '" + field.name() + ": ...' above this one" + (field.meaningText().isEmpty()
                            ? "" : ": " + field.meaningText()) + (field.kind() == Field.Kind.CHOICE
                            ? ", one of: " + String.join(", ", field.choices()) : "") + " (docs/writing.md says what it holds)");
                }
                continue;
            }
            new FieldCheck(doc, field, ids, problems).run();
        }
        for (String key : fm.values().keySet()) {
            if (!fields.containsKey(key)) {
                problems.warn(file, fm.lineOf(key), "'" + key + "' is not a field " + (type.get().id().matches("[aeiou].*") ? "an " : "a ")
                        + type.get().id() + " page uses, so it is ignored", ClosestId.to(key, fields.keySet())
                        .map(k -> "did you mean '" + k + "'?")
                        .orElse("see docs/writing.md for the fields you can use"));
            }
        }
        checkAddresses(doc, problems);
        if (fm.body().isBlank() && type.get() != ContentType.COMPARE && type.get() != ContentType.DISCLOSURE) {
            problems.error(file, fm.bodyLine(), "the page has no text after the front matter",
                    "write the page's text below the closing '---' line");
        }
        return problems;
    }

    /** No front matter value may be a javascript:, vbscript: or data: address: templates put some in links. */
    private static void checkAddresses(SourceDocument doc, Problems problems) {
        FrontMatter fm = doc.frontMatter();
        fm.values().forEach((key, value) -> forEachText(value, key, (path, text) ->
                UnsafeUrls.checkText(key, text).ifPresent(v -> problems.error(doc.path(),
                        fm.lines().getOrDefault(path, fm.lineOf(key)), v.message(), v.fix()))));
    }

    /** Visits every text in a front matter value, with its path ({@code situations[2].why}). */
    public static void forEachText(Object value, String path, java.util.function.BiConsumer<String, String> visitor) {
        if (value instanceof String text) {
            visitor.accept(path, text);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                forEachText(list.get(i), path + "[" + i + "]", visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> forEachText(v, path + "." + k, visitor));
        }
    }

    private static Map<ContentType, Set<String>> idsByType(Collection<SourceDocument> documents) {
        return documents.stream().filter(doc -> doc.type().isPresent()).collect(Collectors.groupingBy(
                doc -> doc.type().get(), Collectors.mapping(SourceDocument::id, Collectors.toSet())));
    }

    /** Visits every id a document refers to, in reference lists and in the guide's situations. */
    static void forEachReference(SourceDocument doc, ReferenceVisitor visitor) {
        FrontMatter fm = doc.frontMatter();
        doc.type().ifPresent(type -> {
            for (Field field : ContentSchema.fieldsOf(type).values()) {
                if (field.kind() == Field.Kind.REFS) {
                    List<String> refs = fm.textList(field.name());
                    for (int i = 0; i < refs.size(); i++) {
                        visitor.visit(field.name(), field.name() + "[" + i + "]", field.refType(), refs.get(i));
                    }
                } else if (field.kind() == Field.Kind.SITUATIONS && fm.get(field.name()) instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof Map<?, ?> item) {
                            String base = field.name() + "[" + i + "]";
                            if (item.get("see") != null) {
                                visitor.visit("see", base + ".see", field.refType(), String.valueOf(item.get("see")).trim());
                            }
                            if (item.get("also") instanceof List<?> also) {
                                for (int j = 0; j < also.size(); j++) {
                                    visitor.visit("also", base + ".also[" + j + "]", field.refType(),
                                            String.valueOf(also.get(j)).trim());
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    @FunctionalInterface
    interface ReferenceVisitor {
        void visit(String field, String path, ContentType type, String id);
    }

    /** Checks one field's value against its kind. */
    private record FieldCheck(SourceDocument doc, Field field, KnownIds ids, Problems problems) {

        void run() {
            Object value = doc.frontMatter().get(field.name());
            String path = field.name();
            switch (field.kind()) {
                case TEXT, IMAGE, MARKDOWN -> text(value, path, field.name());
                case TEXT_LIST, SOURCES -> list(value, path).forEach(i -> text(i.value, i.path, field.name()));
                case DATE -> date(value, path);
                case BOOLEAN -> {
                    if (!(value instanceof Boolean)) {
                        error(path, "'" + field.name() + "' must be true or false", "write 'true' or 'false'");
                    }
                }
                case NUMBER -> {
                    if (!(value instanceof Long number) || number < 0) {
                        error(path, "'" + field.name() + "' must be a whole number", "write a number, e.g. '"
                                + field.name() + ": 1'");
                    }
                }
                case LEVEL -> {
                    if (!(value instanceof Long level) || level < 1 || level > 8) {
                        error(path, "'level' must be a UK qualification level from 1 to 8",
                                "write a number, e.g. 'level: 5', or leave the line out");
                    }
                }
                case CHOICE -> choice(value, path);
                case CHOICE_LIST -> list(value, path).forEach(i -> choice(i.value, i.path));
                case REFS -> list(value, path).forEach(i -> reference(i.value, i.path, field.refType()));
                case REF -> reference(value, path, field.refType());
                case TAGS -> list(value, path).forEach(i -> tag(i.value, i.path));
                case SITUATIONS -> situations(value, path);
            }
        }

        private record Item(Object value, String path) {
        }

        private List<Item> list(Object value, String path) {
            if (value instanceof String single && field.kind() != Field.Kind.SITUATIONS) {
                return List.of(new Item(single, path)); // one value written without brackets
            }
            if (!(value instanceof List<?> list)) {
                error(path, "'" + field.name() + "' must be a list",
                        "write it as [first, second] or as lines starting with '- '");
                return List.of();
            }
            return java.util.stream.IntStream.range(0, list.size())
                    .mapToObj(i -> new Item(list.get(i), path + "[" + i + "]")).toList();
        }

        private void text(Object value, String path, String name) {
            if (!(value instanceof String text) || text.isBlank()) {
                error(path, "'" + name + "' must be text", "write some words after '" + name + ":'");
            } else if (field.maxLength() > 0 && text.strip().length() > field.maxLength()) {
                error(path, "'" + name + "' is " + text.strip().length() + " characters long; the most is "
                        + field.maxLength(), "shorten it");
            }
        }

        private void date(Object value, String path) {
            String text = value == null ? "" : String.valueOf(value).strip();
            if (!DATE.matcher(text).matches()) {
                error(path, "'" + field.name() + "' is '" + text + "', which is not a date written as YYYY-MM-DD",
                        "write it like 2026-03-31");
            } else if (SourceDocument.parseDate(text).isEmpty()) {
                error(path, "'" + field.name() + "' is " + text + ", a day that does not exist",
                        "check the month and day");
            }
        }

        private void choice(Object value, String path) {
            String text = value == null ? "" : String.valueOf(value).strip();
            if (!field.choices().contains(text)) {
                error(path, "'" + text + "' is not allowed for '" + field.name() + "'",
                        "use one of: " + String.join(", ", field.choices()));
            }
        }

        private void reference(Object value, String path, ContentType type) {
            String id = value == null ? "" : String.valueOf(value).strip();
            if (!ids.ids().getOrDefault(type, Set.of()).contains(id)) {
                error(path, "'" + field.name() + "' refers to '" + id + "', but there is no " + type.id()
                        + " with that id", ids.fix(type, id));
            }
        }

        private void tag(Object value, String path) {
            String tag = value == null ? "" : String.valueOf(value).strip();
            if (!ContentSchema.TAG.matcher(tag).matches() || tag.length() > ContentSchema.MAX_TAG_LENGTH) {
                error(path, "the tag '" + tag + "' is not a short lower-case topic",
                        "use lower-case letters, digits, spaces or hyphens, at most " + ContentSchema.MAX_TAG_LENGTH
                                + " characters, e.g. 'sports massage'");
            }
        }

        private void situations(Object value, String path) {
            for (Item item : list(value, path)) {
                if (!(item.value instanceof Map<?, ?> map)) {
                    error(item.path, "each situation must have id, label, see and why",
                            "write it as in docs/writing.md");
                    continue;
                }
                for (String key : ContentSchema.SITUATION_FIELDS.stream().filter(Field::required).map(Field::name).toList()) {
                    Object v = map.get(key);
                    if (!(v instanceof String s) || s.isBlank()) {
                        error(item.path, "this situation has no '" + key + "'", "add '" + key + ": ...' to it");
                    }
                }
                if (map.get("see") != null) {
                    reference(map.get("see"), item.path + ".see", field.refType());
                }
                if (map.get("also") instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        reference(list.get(i), item.path + ".also[" + i + "]", field.refType());
                    }
                } else if (map.get("also") != null) {
                    error(item.path + ".also", "'also' must be a list", "write it as [id-one, id-two]");
                }
            }
        }

        private void error(String path, String message, String fix) {
            FrontMatter fm = doc.frontMatter();
            problems.error(doc.path(), fm.lines().getOrDefault(path, fm.lineOf(field.name())), message, fix);
        }
    }
}
