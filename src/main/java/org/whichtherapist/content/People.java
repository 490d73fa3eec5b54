package org.whichtherapist.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.whichtherapist.core.Problems;

/**
 * The people who write and review health pages, {@code content/_data/people.yml}. Each becomes a
 * short page of its own ({@code people/<id>.html}, type {@link ContentType#PERSON}), which bylines
 * link to.
 */
public final class People {
    /** Where the records are, below the content folder. */
    public static final String FILE = "_data/people.yml";
    /** Each person's fields, in the order they are written (the editor at admin/ shows them so). */
    public static final List<Field> FIELDS = List.of(Field.required("name", Field.Kind.TEXT),
            Field.required("role", Field.Kind.TEXT), Field.optional("registration", Field.Kind.TEXT),
            Field.optional("email", Field.Kind.TEXT), Field.optional("phone", Field.Kind.TEXT),
            Field.required("updated", Field.Kind.DATE), Field.required("bio", Field.Kind.MARKDOWN));
    private static final List<String> NAMES = FIELDS.stream().map(Field::name).toList();
    private static final List<String> REQUIRED = FIELDS.stream().filter(Field::required).map(Field::name).toList();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{6,}[0-9]");

    /**
     * One person.
     *
     * @param registration the register they are on and their number (a reviewer needs one), or empty
     */
    public record Person(String id, String name, String role, Optional<String> registration, int line) {
    }

    private final Map<String, Person> byId;
    private final List<SourceDocument> documents;

    private People(Map<String, Person> byId, List<SourceDocument> documents) {
        this.byId = byId;
        this.documents = documents;
    }

    /** Reads {@code content/_data/people.yml}; {@code path} is how the owner sees it. */
    public static People read(Path file, String path, Problems problems) throws IOException {
        Map<String, Person> byId = new LinkedHashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        for (DataFile.Entry entry : DataFile.read(file, path, NAMES, problems)) {
            if (check(entry, path, problems)) {
                byId.put(entry.id(), new Person(entry.id(), entry.text("name").orElseThrow(),
                        entry.text("role").orElseThrow(), entry.text("registration"), entry.line()));
                documents.add(document(entry, path));
            }
        }
        return new People(byId, List.copyOf(documents));
    }

    private static boolean check(DataFile.Entry entry, String path, Problems problems) {
        boolean complete = true;
        for (String field : REQUIRED) {
            if (entry.text(field).isEmpty()) {
                problems.error(path, entry.line(), "'" + entry.id() + "' has no " + field,
                        "add '" + field + ": ...' below '" + entry.id() + ":' (see docs/writing.md)");
                complete = false;
            }
        }
        entry.text("email").filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e -> problems.error(path,
                entry.lineOf("email"), "'" + e + "' is not an email address", "write it like name@example.com"));
        entry.text("phone").filter(p -> !PHONE.matcher(p).matches()).ifPresent(p -> problems.error(path,
                entry.lineOf("phone"), "'" + p + "' is not a phone number", "write digits and spaces, e.g. 07700 900123"));
        return complete;
    }

    /** The person's page, as if written as a content file: the bio is its Markdown. */
    private static SourceDocument document(DataFile.Entry entry, String path) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        put(values, lines, "title", entry.text("name").orElseThrow(), entry.lineOf("name"));
        put(values, lines, "type", ContentType.PERSON.id(), entry.line());
        put(values, lines, "status", SourceDocument.PUBLISHED, entry.line());
        put(values, lines, "date", entry.text("updated").orElseThrow(), entry.lineOf("updated"));
        put(values, lines, "summary", entry.text("role").orElseThrow(), entry.lineOf("role"));
        entry.text("registration").ifPresent(r -> put(values, lines, "registration", r, entry.lineOf("registration")));
        String bio = entry.text("bio").orElseThrow();
        int bioLine = entry.lineOf("bio") + (String.valueOf(entry.fields().get("bio")).contains("\n") ? 1 : 0);
        return new SourceDocument(path, ContentType.PERSON.outputFolder() + entry.id() + ".md",
                new FrontMatter(values, lines, bio + "\n", bioLine));
    }

    private static void put(Map<String, Object> values, Map<String, Integer> lines, String key, Object value, int line) {
        values.put(key, value);
        lines.put(key, line);
    }

    public Optional<Person> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Each person's page, to be built with the content pages. */
    public List<SourceDocument> documents() {
        return documents;
    }
}
