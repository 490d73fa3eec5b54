package org.whichtherapist.markdown;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.whichtherapist.content.SourceDocument;

/**
 * Keeps each page's rendered Markdown from one build to the next (the preview builds again on
 * every save): a page is rendered again only when its file changed, or when the set of pages
 * changed (links between pages depend on it). The result is the same as rendering afresh.
 */
public final class MarkdownCache {
    private final MarkdownRenderer markdown;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private PageLinks links;

    private record Entry(SourceDocument source, RenderedMarkdown rendered) {
    }

    public MarkdownCache(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public MarkdownRenderer renderer() {
        return markdown;
    }

    /** Starts a build whose pages are {@code links}; forgets everything if they differ from the last build's. */
    public synchronized void startBuild(PageLinks pages) {
        if (!pages.equals(links)) {
            entries.clear();
            links = pages;
        }
    }

    /** The page's rendered Markdown; thread-safe once {@link #startBuild} was called. */
    public RenderedMarkdown render(SourceDocument doc) {
        Entry entry = entries.get(doc.path());
        if (entry != null && entry.source().equals(doc)) {
            return entry.rendered();
        }
        RenderedMarkdown rendered = markdown.render(doc, links);
        if (!doc.body().contains("![")) {
            // a page with pictures is rendered afresh: a picture file may change size without the page changing
            entries.put(doc.path(), new Entry(doc, rendered));
        }
        return rendered;
    }
}
