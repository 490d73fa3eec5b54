package org.whichtherapist.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/**
 * A standard text shown the same on every page that shows it (one level of the urgent-care advice), with a
 * {@code title} and the {@code sources} that join those pages' Sources lists. It has no page of its own.
 */
public record Snippet(SourceDocument document) {
    /** The snippet in {@code file}, or empty when there is none or it cannot be read (a problem). */
    public static Optional<Snippet> read(Path file, String path, String contentPath, Problems problems)
            throws IOException {
        return DataFile.parse(file, path, problems, true).map(header -> new Snippet(new SourceDocument(path,
                contentPath, header)));
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
