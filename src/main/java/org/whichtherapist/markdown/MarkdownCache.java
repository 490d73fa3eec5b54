package org.whichtherapist.markdown;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import java.util.List;

import org.whichtherapist.content.Page;
import org.whichtherapist.content.Snippet;
import org.whichtherapist.core.Problem;
import org.whichtherapist.content.SourceDocument;

/**
 * Keeps each rendered page from one build to the next (the preview builds again on every save):
 * a page is rendered again only when its file changed, or when a page it links to moved, appeared
 * or went away. The result is the same as rendering afresh.
 */
public final class MarkdownCache {
    private final MarkdownRenderer markdown;
    /** By content path. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile PageLinks links;
    private volatile UrgentCareBox urgentCare = UrgentCareBox.NONE;

    /** A page as rendered, and where the pages it links to were then. */
    private record Entry(SourceDocument source, Map<String, Optional<String>> linkedPages, Page page) {
    }

    public MarkdownCache(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    public MarkdownRenderer renderer() {
        return markdown;
    }

    /**
     * Renders this build's urgent-care text ({@link MarkdownRenderer#urgentCareBox}) for the pages that
     * show it; forgets every page when it changed. Returns the mistakes in the text itself.
     */
    public synchronized List<Problem> useUrgentCare(Optional<Snippet> snippet) {
        UrgentCareBox box = markdown.urgentCareBox(snippet);
        if (!box.equals(urgentCare)) {
            entries.clear();
            urgentCare = box;
        }
        return box.problems();
    }

    /** Starts a build whose pages are {@code pages}; forgets the pages that are not among them. */
    public synchronized void startBuild(PageLinks pages) {
        if (links != null && !Objects.equals(links.contentFolder(), pages.contentFolder())) {
            entries.clear();
        }
        entries.keySet().retainAll(pages.outputByContentPath().keySet());
        links = pages;
    }

    /** The page with its Markdown rendered; thread-safe once {@link #startBuild} was called. */
    public Page page(SourceDocument doc) {
        Entry entry = entries.get(doc.contentPath());
        if (entry != null && entry.source().equals(doc) && stillLeadWhereTheyDid(entry.linkedPages())) {
            return entry.page();
        }
        MarkdownRenderer.Rendering rendering = markdown.renderFollowingLinks(doc, links, urgentCare);
        Page page = Page.of(doc, rendering.rendered());
        if (!doc.body().contains("![")) {
            // a page with pictures is rendered afresh: a picture file may change size without the page changing
            entries.put(doc.contentPath(), new Entry(doc, rendering.linkedPages(), page));
        }
        return page;
    }

    private boolean stillLeadWhereTheyDid(Map<String, Optional<String>> linkedPages) {
        for (Map.Entry<String, Optional<String>> link : linkedPages.entrySet()) {
            if (!links.outputOf(link.getKey()).equals(link.getValue())) {
                return false;
            }
        }
        return true;
    }
}
