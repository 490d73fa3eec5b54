package org.whichtherapist.health;

import org.whichtherapist.schema.Field;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.DataFile;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 *
 * @param path      how the owner sees the file, e.g. {@code content/_data/people.yml}
 * @param byId      everyone in the file whose record is complete, in its order
 * @param documents each person's page, to be built with the content pages
 */
public record People(String path, Map<String, Person> byId, List<SourceDocument> documents) {
    /** Where the records are, below the content folder. */
    public static final String FILE = "_data/people.yml";
    /** Each person's fields, in the order they are written (the editor at admin/ shows them so). */
    public static final List<Field> FIELDS = List.of(Field.required("name", Field.Kind.TEXT),
            Field.required("role", Field.Kind.TEXT), Field.optional("registration", Field.Kind.TEXT),
            Field.optional("register", Field.Kind.CHOICE).oneOf("hcpc", "cnhc", "basrat", "sst", "gosc", "gcc"),
            Field.optional("fields", Field.Kind.REFS).referringTo(ContentType.DISCIPLINE),
            Field.optional("conflicts", Field.Kind.TEXT),
            Field.optional("email", Field.Kind.TEXT), Field.optional("phone", Field.Kind.TEXT),
            Field.optional("placeholder", Field.Kind.BOOLEAN),
            Field.required("updated", Field.Kind.DATE), Field.required("bio", Field.Kind.MARKDOWN));
    private static final List<String> NAMES = FIELDS.stream().map(Field::name).toList();
    private static final List<String> REQUIRED = FIELDS.stream().filter(Field::required).map(Field::name).toList();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{6,}[0-9]");
    /** The registers a reviewer may be on, by the id written after {@code register:}, with their names. */
    public static final Map<String, String> REGISTERS = registers();

    private static Map<String, String> registers() {
        Map<String, String> registers = new LinkedHashMap<>();
        registers.put("hcpc", "Health and Care Professions Council (HCPC)");
        registers.put("cnhc", "Complementary and Natural Healthcare Council (CNHC)");
        registers.put("basrat", "British Association of Sport Rehabilitators and Trainers (BASRaT)");
        registers.put("sst", "The Society of Sports Therapists");
        registers.put("gosc", "General Osteopathic Council (GOsC)");
        registers.put("gcc", "General Chiropractic Council (GCC)");
        registers.put("gmc", "General Medical Council (GMC)");
        registers.put("nmc", "Nursing and Midwifery Council (NMC)");
        return Collections.unmodifiableMap(registers);
    }

    /**
     * One person, as written in the file.
     *
     * @param id    how pages name them ({@code author:}, {@code reviewer:})
     * @param entry their record, each field with its line
     */
    public record Person(String id, DataFile.Entry entry) {
        public String name() {
            return entry.text("name").orElse(id);
        }

        /** The register they are on and their number as readers see it (a reviewer needs one), or empty. */
        public Optional<String> registration() {
            return entry.text("registration");
        }

        /** The id of the register they are on ({@link #REGISTERS}), or empty. */
        public Optional<String> register() {
            return entry.text("register");
        }

        /** The disciplines (ids of discipline pages) they are registered or qualified in. */
        public List<String> fields() {
            Object value = entry.fields().get("fields");
            if (value instanceof List<?> list) {
                return list.stream().map(item -> String.valueOf(item).strip()).toList();
            }
            return entry.text("fields").map(List::of).orElse(List.of());
        }

        /** Whether the record says it is a made-up stand-in ({@code placeholder: true}). */
        public boolean placeholder() {
            return Boolean.TRUE.equals(entry.fields().get("placeholder"));
        }

        public Optional<String> email() {
            return entry.text("email");
        }

        public Optional<String> phone() {
            return entry.text("phone");
        }

        /** The line of the person's id. */
        public int line() {
            return entry.line();
        }

        public int lineOf(String field) {
            return entry.lineOf(field);
        }
    }

    /** Reads {@code content/_data/people.yml}; {@code path} is how the owner sees it. */
    public static People read(Path file, String path, Problems problems) throws IOException {
        Map<String, Person> byId = new LinkedHashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        for (DataFile.Entry entry : DataFile.read(file, path, NAMES, problems)) {
            if (check(entry, path, problems)) {
                byId.put(entry.id(), new Person(entry.id(), entry));
                documents.add(document(entry, path));
            }
        }
        return new People(path, Collections.unmodifiableMap(byId), List.copyOf(documents));
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
        entry.text("register").filter(r -> !REGISTERS.containsKey(r)).ifPresent(r -> problems.error(path,
                entry.lineOf("register"), "'" + r + "' is not a register the site knows",
                "use one of: " + String.join(", ", REGISTERS.keySet()) + " (the register's name goes in 'registration')"));
        Object placeholder = entry.fields().get("placeholder");
        if (placeholder != null && !(placeholder instanceof Boolean)) {
            problems.error(path, entry.lineOf("placeholder"), "'placeholder' must be true or false",
                    "write 'placeholder: true' for a made-up person, or delete the line once the record is real");
        }
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
        entry.text("conflicts").ifPresent(c -> put(values, lines, "conflicts", c, entry.lineOf("conflicts")));
        entry.text("register").map(REGISTERS::get).ifPresent(r -> put(values, lines, "register", r, entry.lineOf("register")));
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

    /** Everyone in the file, in its order. */
    public java.util.Collection<Person> all() {
        return byId.values();
    }
}
