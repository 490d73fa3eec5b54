package org.whichtherapist.content;

import java.util.List;

import org.whichtherapist.core.Problem;

/**
 * A page body turned into HTML.
 *
 * @param toc      the body's h2 and h3 headings, for a table of contents
 * @param sources  the ids of the page's Sources list, as numbered: those cited in the text first, then the
 *                 rest of its {@code sources}, then the care box's
 * @param careBoxInText whether the body holds the care box ({@code !!! urgent-care}); if not, the template
 *                 shows a health page's box after the body
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, List<Problem> problems, List<String> sources,
                               boolean careBoxInText) implements java.io.Serializable {

    /** A body without the care box in it. */
    public RenderedMarkdown(String html, List<TocEntry> toc, List<Problem> problems, List<String> sources) {
        this(html, toc, problems, sources, false);
    }

    /** One heading: its level (2 or 3), its id in the page and its text. */
    public record TocEntry(int level, String id, String text) implements java.io.Serializable {
    }
}
