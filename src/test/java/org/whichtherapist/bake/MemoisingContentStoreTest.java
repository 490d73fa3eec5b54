package org.whichtherapist.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The memoised store gives the same documents, in the same order, as JBake's own store for every
 * question the bake asks: including documents that share a date, paging, and tags.
 */
class MemoisingContentStoreTest {
    private final ContentStore stock = new ContentStore("memory", "stock-store-test");
    private final ContentStore memoised = new MemoisingContentStore("memory", "memoised-store-test");

    @BeforeEach
    void fill() {
        for (ContentStore store : List.of(stock, memoised)) {
            store.startup();
            store.updateSchema();
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
        for (ContentStore store : List.of(stock, memoised)) {
            store.drop();
            store.close();
            store.shutdown();
        }
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
        assertEquals(stock.getAllTags(), memoised.getAllTags());
        assertEquals(stock.getTags(), memoised.getTags());
    }

    @Test
    void aPageOfPostsIsTheSameSliceAsJBakes() {
        for (int start = 0; start <= 6; start += 2) {
            for (ContentStore store : List.of(stock, memoised)) {
                store.setStart(start);
                store.setLimit(2);
            }
            assertSame(store -> store.getPublishedPosts(true));
        }
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

    private void assertSame(Function<ContentStore, DocumentList<DocumentModel>> question) {
        assertEquals(uris(question.apply(stock)), uris(question.apply(memoised)));
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
