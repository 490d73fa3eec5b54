package org.whichtherapist.content;

import java.util.List;

import org.whichtherapist.core.Problem;

/**
 * A page body turned into HTML.
 *
 * @param html     the body, ready to be placed in a template unescaped
 * @param toc      the body's second- and third-level headings, for a table of contents
 * @param problems mistakes found in the Markdown (unknown callout kinds, links to missing pages)
 * @param sources  the ids of the page's Sources list, in its order: cited in the text first (in the order
 *                 first cited), then the rest of its front matter {@code sources}, then those of the
 *                 care box if the page shows it (every health page does); inline citations carry these numbers
 * @param careBoxInText whether the body holds the care box (the page has a {@code !!! urgent-care} line);
 *                 otherwise the template shows a health page's box after the body
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
