package org.whichtherapist.markdown;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.whichtherapist.content.Page;
import org.whichtherapist.content.PageText;
import org.whichtherapist.content.RenderedMarkdown;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.health.CareTexts;
import org.whichtherapist.health.People;
import org.whichtherapist.ledger.Fingerprint;
import org.whichtherapist.core.Problem;
import org.whichtherapist.source.SourceDocument;

/** Keeps each rendered page between builds: rendered again only when its file or a page it links to changed. */
public final class MarkdownCache {
    private final MarkdownRenderer markdown;
    /** By content path. */
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private volatile PageLinks links;
    private volatile UrgentCareBox urgentCare = UrgentCareBox.NONE;
    /** What the kept pages are filed under for the care boxes: a fingerprint of them, taken once a build. */
    private volatile String urgentCareKey = Fingerprint.of(UrgentCareBox.NONE.toString()).toString();

    /** A page as rendered, and where the pages it links to were then. */
    private record Entry(SourceDocument source, Map<String, Optional<String>> linkedPages, Page page) {
    }

    /** A page as kept on disk for the next build's process. */
    private record Kept(HashMap<String, String> linkedPages, RenderedMarkdown rendered, PageText text)
            implements Serializable {
    }

    private final KeptResults kept;

    /** {@code kept}: where rendered pages are kept for later builds in other processes ({@link KeptResults#NONE}: nowhere). */
    public MarkdownCache(MarkdownRenderer markdown, KeptResults kept) {
        this.markdown = markdown;
        this.kept = kept;
    }

    public MarkdownRenderer renderer() {
        return markdown;
    }

    /** Renders this build's care boxes, forgetting every page when they changed; returns the texts' mistakes. */
    public synchronized List<Problem> useUrgentCare(CareTexts care, People people) {
        UrgentCareBox box = markdown.urgentCareBox(care, people);
        if (!box.equals(urgentCare)) {
            entries.clear();
            urgentCare = box;
            urgentCareKey = Fingerprint.of(box.toString()).toString();
        }
        return box.problems();
    }

    /** This build's care boxes, for the template that shows them after a health page's text. */
    public UrgentCareBox urgentCare() {
        return urgentCare;
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
        boolean keepable = !doc.body().contains("![") && !doc.body().contains("<img");
        // a page with pictures is rendered afresh: a picture file may change size without the page changing
        String key = keepable ? kept.key("markdown", String.valueOf(markdown.trustsHtml()), urgentCareKey,
                doc.toString()) : "";
        Optional<Kept> stored = keepable ? kept.get(key, Kept.class) : Optional.empty();
        if (stored.isPresent() && stillLeadWhereTheyDid(unkept(stored.get().linkedPages()))) {
            Page page = Page.of(doc, stored.get().rendered(), stored.get().text());
            entries.put(doc.contentPath(), new Entry(doc, unkept(stored.get().linkedPages()), page));
            return page;
        }
        MarkdownRenderer.Rendering rendering = markdown.renderFollowingLinks(doc, links, urgentCare);
        Page page = Page.of(doc, rendering.rendered());
        // a page with mistakes is not kept: what its messages suggest depends on the other pages and the sources
        if (keepable && page.rendered().problems().isEmpty()) {
            entries.put(doc.contentPath(), new Entry(doc, rendering.linkedPages(), page));
            HashMap<String, String> linked = new HashMap<>();
            rendering.linkedPages().forEach((target, output) -> linked.put(target, output.orElse(null)));
            kept.put(key, new Kept(linked, page.rendered(), page.text()));
        }
        return page;
    }

    private static Map<String, Optional<String>> unkept(Map<String, String> linkedPages) {
        Map<String, Optional<String>> linked = new HashMap<>();
        linkedPages.forEach((target, output) -> linked.put(target, Optional.ofNullable(output)));
        return linked;
    }

    private boolean stillLeadWhereTheyDid(Map<String, Optional<String>> linkedPages) {
        return linkedPages.entrySet().stream().allMatch(link -> links.outputOf(link.getKey()).equals(link.getValue()));
    }
}
