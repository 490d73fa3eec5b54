package org.whichtherapist.render.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store gives the same documents as JBake's own OrientDB store for every question
 * the bake asks, newest first, including paging and tags. Documents that share a date come in the
 * order they were added (OrientDB's ORDER BY leaves ties in an order of its own, e.g. d, b, c).
 */
class InMemoryContentStoreTest {
    private final ContentStore stock = new ContentStore("memory", "stock-store-test");
    private final ContentStore memoised = new InMemoryContentStore();

    @BeforeEach
    void fill() {
        stock.startup();
        stock.updateSchema();
        for (ContentStore store : List.of(stock, memoised)) {
            // Three posts share a date, to show ties come out in the same order.
            add(store, "post", "a", "2026-01-01", "knee", "back");
            add(store, "post", "b", "2026-01-03", "knee");
            add(store, "post", "c", "2026-01-03", "back");
            add(store, "post", "d", "2026-01-03", "knee", "neck");
            add(store, "post", "e", "2026-01-02");
            add(store, "page", "f", "2026-01-03", "knee");
        }
    }

    @AfterEach
    void close() {
        stock.drop();
        stock.close();
        stock.shutdown();
    }

    @Test
    void everyListTheBakeAsksForIsTheSameAsJBakes() {
        assertSame(store -> store.getAllContent("post"));
        assertSame(store -> store.getAllContent("page"));
        assertSame(ContentStore::getPublishedPosts);
        assertSame(store -> store.getPublishedContent("page"));
        assertSame(store -> store.getPublishedDocumentsByTag("knee"));
        assertSame(store -> store.getPublishedPostsByTag("back"));
        assertSame(store -> store.getPublishedPostsByTag("nothing"));
        // Every document, of all types, newest first: ties across types too come in the order added.
        assertEquals(inOrderAdded(stock.getUnrenderedContent(), false), uris(memoised.getUnrenderedContent()));
        assertEquals(stock.getAllTags(), memoised.getAllTags());
        assertEquals(stock.getTags(), memoised.getTags());
        assertEquals(stock.getPublishedCount("post"), memoised.getPublishedCount("post"));
        assertEquals(stock.getDocumentCount("page"), memoised.getDocumentCount("page"));
    }

    @Test
    void theDocumentsToRenderAreCopiesSoSettingPreviousAndNextChangesNoList() {
        DocumentModel first = memoised.getUnrenderedContent().get(0);
        first.setPreviousContent(new DocumentModel());
        assertNull(memoised.getAllContent(first.getType()).get(0).get(ModelAttributes.PREVIOUS_CONTENT));
    }

    @Test
    void pagesOfPostsAreSlicesOfTheWholeListAsWithJBakesSkipAndLimit() {
        List<String> all = uris(memoised.getPublishedPosts());
        List<String> pages = new java.util.ArrayList<>();
        for (int start = 0; start <= 6; start += 2) {
            stock.setStart(start);
            stock.setLimit(2);
            memoised.setStart(start);
            memoised.setLimit(2);
            List<String> page = uris(memoised.getPublishedPosts(true));
            assertEquals(all.subList(Math.min(start, all.size()), Math.min(start + 2, all.size())), page);
            assertEquals(stock.getPublishedPosts(true).size(), page.size());
            pages.addAll(page);
        }
        assertEquals(all, pages);
        memoised.resetPagination();
        assertEquals(all, uris(memoised.getPublishedPosts(true)));
    }

    @Test
    void aDocumentAddedLaterIsSeen() {
        // JBake writes to the store last used on this thread, so each store is used in turn.
        stock.getAllContent("post");
        add(stock, "post", "g", "2026-02-01", "knee");
        memoised.getAllContent("post");
        add(memoised, "post", "g", "2026-02-01", "knee");
        assertSame(store -> store.getAllContent("post"));
        assertSame(store -> store.getPublishedDocumentsByTag("knee"));
    }

    @Test
    void documentsThatShareADateComeInTheOrderTheyWereAdded() {
        assertEquals(List.of("b.html", "c.html", "d.html", "e.html", "a.html"), uris(memoised.getPublishedPosts()));
        assertEquals(List.of("b.html", "d.html", "a.html"), uris(memoised.getPublishedPostsByTag("knee")));
    }

    /** The same documents as JBake's store, newest first, ties in the order added. */
    private void assertSame(Function<ContentStore, DocumentList<DocumentModel>> question) {
        assertEquals(inOrderAdded(question.apply(stock), true), uris(question.apply(memoised)));
    }

    /**
     * JBake's answer with each run of documents of the same date (and type, if {@code byType}) put
     * back in the order they were added (their names: a, b, c…).
     */
    private static List<String> inOrderAdded(DocumentList<DocumentModel> documents, boolean byType) {
        List<String> result = new java.util.ArrayList<>();
        List<DocumentModel> run = new java.util.ArrayList<>();
        for (DocumentModel doc : documents) {
            if (!run.isEmpty() && !(run.get(0).getDate().equals(doc.getDate()) && (!byType || run.get(0).getType().equals(doc.getType())))) {
                run.stream().map(DocumentModel::getUri).sorted().forEach(result::add);
                run.clear();
            }
            run.add(doc);
        }
        run.stream().map(DocumentModel::getUri).sorted().forEach(result::add);
        return result;
    }

    private static List<String> uris(DocumentList<DocumentModel> documents) {
        return documents.stream().map(DocumentModel::getUri).toList();
    }

    private static void add(ContentStore store, String type, String name, String date, String... tags) {
        DocumentModel doc = new DocumentModel();
        doc.setType(type);
        doc.setStatus("published");
        doc.setTitle(name);
        doc.setUri(name + ".html");
        doc.setSourceUri(name + ".md");
        doc.setDate(Date.from(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant()));
        doc.setTags(tags);
        doc.setBody("<p>" + name + "</p>");
        doc.setSha1("sha-" + name);
        doc.setCached(true);
        doc.setRendered(false);
        store.addDocument(doc);
    }
}
