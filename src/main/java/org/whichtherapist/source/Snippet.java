package org.whichtherapist.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/**
 * A standard text written once and shown the same on every page that shows it: one level of the
 * urgent-care advice . Its front matter gives a {@code title} (the care card's
 * heading) and the {@code sources} that back it, which join the Sources list of every page that
 * shows it.
 *
 * @param document the file as written, rendered like a page (no page of its own is made)
 */
public record Snippet(SourceDocument document) {
    private static final FrontMatterParser PARSER = new FrontMatterParser();

    /** The snippet in {@code file}, or empty when there is none or it cannot be read (a problem). */
    public static Optional<Snippet> read(Path file, String path, String contentPath, Problems problems)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Snippet(new SourceDocument(path, contentPath,
                    PARSER.parse(path, Files.readString(file, StandardCharsets.UTF_8)))));
        } catch (FrontMatterParser.HeaderException e) {
            problems.error(e.problem());
            return Optional.empty();
        }
    }

    public String path() {
        return document.path();
    }

    /** The box's title, or empty. */
    public String title() {
        return document.frontMatter().text("title").orElse("");
    }

    /** The ids of the sources behind the text. */
    public List<String> sources() {
        return document.frontMatter().textList("sources");
    }
}
