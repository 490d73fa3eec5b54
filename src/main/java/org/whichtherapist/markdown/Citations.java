package org.whichtherapist.markdown;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.whichtherapist.source.ClosestId;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * A page's inline citations and the order of its Sources list (cited first, then the rest, then the care
 * box's). {@code [^id]} with footnote text stays a footnote; without, it cites one of the page's sources.
 */
final class Citations {
    private Citations() {
    }

    /** Numbers the citations and returns the page's Sources list; a standard text may not cite. */
    static List<String> number(Document document, MarkdownRenderer.PageContext page) {
        List<String> pageSources = page.doc().frontMatter().textList("sources");
        List<Footnote> uncited = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote footnote && footnote.getFootnoteBlock() == null) {
                uncited.add(footnote);
            }
        }
        List<Citation> citations = new ArrayList<>();
        for (Footnote footnote : uncited) {
            String id = footnote.getText().toString().strip();
            if (page.isStandardText()) {
                page.problem(footnote, "'[^" + id + "]' cites a source inside a standard text",
                        "list the text's sources in its front matter ('sources: [...]') instead");
            } else if (!pageSources.contains(id)) {
                page.problem(footnote, "'[^" + id + "]' cites '" + id + "', which is not in this page's sources",
                        fix(id, pageSources, page.links().sourceIds()));
            }
            Citation citation = new Citation(id);
            footnote.insertBefore(citation);
            footnote.unlink();
            citations.add(citation);
        }
        Set<String> order = new LinkedHashSet<>();
        citations.forEach(c -> order.add(c.sourceId()));
        order.addAll(pageSources);
        List<String> ids = List.copyOf(order);
        citations.forEach(c -> c.number(ids.indexOf(c.sourceId()) + 1));
        return ids;
    }

    /**
     * What to do about {@code [^id]} when {@code id} is not in the page's sources, so that doing it is enough.
     *
     * @param page  the ids in the page's {@code sources}
     * @param known the ids of every source record (content/_data/sources.yml)
     */
    private static String fix(String id, List<String> page, Set<String> known) {
        Optional<String> onPage = ClosestId.to(id, page);
        if (known.contains(id)) {
            return "add it to the page's sources: " + withAdded(page, id);
        }
        if (onPage.isPresent()) {
            return "did you mean '[^" + onPage.get() + "]'?";
        }
        Optional<String> record = ClosestId.to(id, known);
        if (record.isPresent()) {
            return "did you mean '[^" + record.get() + "]'? If so, write that, and add it to the page's sources: "
                    + withAdded(page, record.get());
        }
        return "there is no source '" + id + "' in content/_data/sources.yml yet: add a record for it there (title,"
                + " publisher, url, accessed), and add it to the page's sources: " + withAdded(page, id)
                + " (for a footnote instead, write its text on a line of its own: '[^" + id + "]: ...')";
    }

    private static String withAdded(List<String> page, String id) {
        List<String> ids = new ArrayList<>(page);
        ids.add(id);
        return "sources: [" + String.join(", ", ids) + "]";
    }
}
