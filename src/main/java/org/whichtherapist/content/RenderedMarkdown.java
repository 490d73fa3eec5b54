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
 *                 urgent-care text if the page shows it; inline citations carry these numbers
 */
public record RenderedMarkdown(String html, List<TocEntry> toc, List<Problem> problems, List<String> sources) implements java.io.Serializable {

    /** One heading: its level (2 or 3), its id in the page and its text. */
    public record TocEntry(int level, String id, String text) implements java.io.Serializable {
    }
}
