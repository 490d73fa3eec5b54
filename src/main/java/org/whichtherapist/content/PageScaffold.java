package org.whichtherapist.content;

import org.whichtherapist.source.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problem;

/**
 * Creates a new page from the archetype in {@code content/_templates/<type>.md}: file name from
 * the title, today's date, draft status. Never overwrites a file.
 */
public record PageScaffold(Path project) {
    public static final String TEMPLATES = "content/_templates";
    private static final int MAX_SLUG = 60;

    /** Creates the page and returns its path relative to the project. */
    public String create(String typeId, String title, LocalDate today) throws BuildFailedException, IOException {
        if (title == null || title.isBlank()) {
            throw fail("", "no title was given", "give one, e.g. -Dtitle=\"What to expect at a first visit\"");
        }
        ContentType type = ContentType.fromId(typeId).orElseThrow(() -> fail("", "'" + typeId
                + "' is not a type of page", "use one of: " + ContentType.allIds()));
        Path archetype = project.resolve(TEMPLATES).resolve(type.id() + ".md");
        if (!Files.isRegularFile(archetype)) {
            throw fail(TEMPLATES + "/" + type.id() + ".md", "there is no starting file for " + type.id() + " pages",
                    "create it, or pick another type: article, discipline, qualification, technique, page");
        }
        String slug = slug(title);
        if (slug.isEmpty()) {
            throw fail("", "the title '" + title + "' has no letters or digits to make a file name from",
                    "use a title with words in it");
        }
        String path = "content/" + type.contentFolder() + slug + ".md";
        String text = withIdComments(Files.readString(archetype, StandardCharsets.UTF_8)
                .replace("{{title}}", title.strip().replace("\\", "\\\\").replace("\"", "\\\""))
                .replace("{{date}}", today.toString()), ScaffoldIds.comments(project, type));
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw fail(path, "this file already exists, so nothing was written",
                    "choose a different title, or edit the existing file");
        }
        return path;
    }

    /** The page's text with, under each front matter field that takes ids, the ids it can use, as comments. */
    private static String withIdComments(String text, Map<String, List<String>> comments) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int fences = 0;
        for (int i = 0; i < lines.size() && fences < 2; i++) {
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                fences++;
                continue;
            }
            int colon = line.indexOf(':');
            List<String> ids = colon > 0 ? comments.get(line.substring(0, colon).strip()) : null;
            if (fences == 1 && ids != null && !line.startsWith(" ")) {
                lines.addAll(i + 1, ids);
                i += ids.size();
            }
        }
        return String.join("\n", lines) + "\n";
    }

    /** "What's a Level 5 diploma?" becomes "whats-a-level-5-diploma". */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$", "");
        }
        return slug;
    }

    private static BuildFailedException fail(String file, String message, String fix) {
        return new BuildFailedException(new Problem(file.isEmpty() ? "new page" : file, 0, message, fix));
    }
}
