package org.whichtherapist.content;

import org.whichtherapist.health.People;
import org.whichtherapist.health.SourceRecords;
import org.whichtherapist.schema.ContentSchema;
import org.whichtherapist.schema.Field;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.whichtherapist.core.Problems;

/**
 * The ids a new page's fields can name, for {@link PageScaffold} to write as comments under them. Data files
 * with mistakes give what can be read; the build reports the mistakes.
 */
final class ScaffoldIds {
    private static final int WIDTH = 100;
    private static final String SOURCES = "sources";

    private ScaffoldIds() {
    }

    /** For each field of {@code type} that takes ids, the comment lines to write under it. */
    static Map<String, List<String>> comments(Path project, ContentType type) throws IOException {
        Path content = project.resolve("content");
        Map<String, List<String>> comments = new LinkedHashMap<>();
        for (Field field : ContentSchema.fieldsOf(type).values()) {
            if (field.name().equals(SOURCES)) {
                Path file = content.resolve(SourceRecords.FILE);
                comments.put(SOURCES, lines("sources you can cite, from content/" + SourceRecords.FILE,
                        SourceRecords.read(file, "content/" + SourceRecords.FILE, new Problems()).ids()));
            } else if (field.refType() == ContentType.PERSON) {
                People people = People.read(content.resolve(People.FILE), "content/" + People.FILE, new Problems());
                boolean reviewer = field.name().equals("reviewer");
                List<String> ids = people.documents().stream().map(SourceDocument::id)
                        .filter(id -> !reviewer || people.find(id).flatMap(People.Person::registration).isPresent())
                        .toList();
                comments.put(field.name(), lines((reviewer ? "registered reviewers" : "people") + " you can name, from content/"
                        + People.FILE, ids));
            } else if (field.refType() != null && (field.kind() == Field.Kind.REFS || field.kind() == Field.Kind.REF)) {
                String folder = "content/" + field.refType().outputFolder();
                comments.put(field.name(), lines(field.name() + " you can name, from " + folder, idsIn(project.resolve(folder))));
            }
        }
        return comments;
    }

    /** The file names, without .md, of the pages in {@code folder}. */
    private static List<String> idsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - ".md".length())).sorted().toList();
        }
    }

    /** "# what: a, b, c", wrapped into comment lines of at most {@value #WIDTH} characters. */
    private static List<String> lines(String what, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of("# " + what + ": none yet");
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("# " + what + ":");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i) + (i < ids.size() - 1 ? "," : "");
            if (line.length() + 1 + id.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder("#  ");
            }
            line.append(' ').append(id);
        }
        lines.add(line.toString());
        return List.copyOf(lines);
    }
}
