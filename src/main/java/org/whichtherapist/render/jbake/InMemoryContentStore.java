package org.whichtherapist.render.jbake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, kept in memory instead of in OrientDB: the pages of one bake are added
 * once by {@link SiteCrawler}, then only read, by many rendering threads at once.
 * <p>
 * Each query gives what JBake's SQL gives (same documents, newest first, documents with the same
 * date in the order they were added) and is worked out once per bake, then kept as an
 * {@link IndexedDocumentList}, so finding previous/next for every page is not quadratic. Paging
 * (start and limit) is kept per thread. Without
 * a database there is nothing to start, lock per thread or shut down.
 */
final class InMemoryContentStore extends ContentStore {
    private static final Comparator<DocumentModel> NEWEST_FIRST =
            Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final List<DocumentModel> documents = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, DocumentList<DocumentModel>> answers = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> tagSets = new ConcurrentHashMap<>();
    /** JBake pages its index by setting start and limit on the store: per thread, so other lists can render meanwhile. */
    private final ThreadLocal<long[]> paging = ThreadLocal.withInitial(() -> new long[] {-1, -1});

    InMemoryContentStore() {
        super("memory", "unused");
    }

    @Override
    public void startup() {
        // nothing to start
    }

    @Override
    public void close() {
        // nothing to close
    }

    @Override
    public void shutdown() {
        // nothing to shut down
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        // every bake starts empty
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void addDocument(DocumentModel document) {
        documents.add(document);
        forget();
    }

    @Override
    public void deleteContent(String uri) {
        documents.removeIf(doc -> uri.equals(doc.getSourceuri()));
        forget();
    }

    @Override
    public void deleteAllByDocType(String docType) {
        documents.removeIf(doc -> docType.equals(doc.getType()));
        forget();
    }

    @Override
    public void drop() {
        documents.clear();
        forget();
    }

    @Override
    public long getStart() {
        return paging.get()[0];
    }

    @Override
    public void setStart(int start) {
        paging.get()[0] = start;
    }

    @Override
    public long getLimit() {
        return paging.get()[1];
    }

    @Override
    public void setLimit(int limit) {
        paging.get()[1] = limit;
    }

    @Override
    public void resetPagination() {
        paging.remove();
    }

    @Override
    public long getDocumentCount(String docType) {
        return getAllContent(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return getPublishedContent(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return newestFirst(doc -> uri.equals(doc.getSourceuri()));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    /**
     * Every page, newest first, each a copy: JBake's renderer sets previous/next on what it gets
     * here, which must not change the documents other threads are reading.
     */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> copies = new DocumentList<>();
        for (DocumentModel doc : newestFirst(doc -> true)) {
            copies.add((DocumentModel) doc.clone()); // a copy of the same class: a PageDocument stays one
        }
        return copies;
    }

    /** Nothing to record: every page of a bake is rendered once. */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // nothing to record
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        DocumentList<DocumentModel> all = remember("all:" + docType, () -> newestFirst(ofType(docType)));
        return applyPaging ? page(all) : all;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedPosts(false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        DocumentList<DocumentModel> posts = getPublishedContent("post");
        return applyPaging ? page(posts) : posts;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return remember("published:" + docType, () -> newestFirst(ofType(docType).and(InMemoryContentStore::published)));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return remember("posts-tagged:" + tag, () -> tagged(getPublishedContent("post"), tag));
    }

    /** Each type's published documents with the tag, newest first, types in JBake's order. */
    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return remember("documents-tagged:" + tag, () -> {
            DocumentList<DocumentModel> all = new DocumentList<>();
            for (String docType : DocumentTypes.getDocumentTypes()) {
                all.addAll(tagged(getPublishedContent(docType), tag));
            }
            return all;
        });
    }

    /** Tags of published posts, in name order (JBake's answer is a set in no particular order). */
    @Override
    public Set<String> getTags() {
        return tagSets.computeIfAbsent("posts", k -> tagsOf(getPublishedContent("post")));
    }

    /** Tags of every published document, in name order. */
    @Override
    public Set<String> getAllTags() {
        return tagSets.computeIfAbsent("all", k -> {
            List<DocumentModel> all = new ArrayList<>();
            for (String docType : DocumentTypes.getDocumentTypes()) {
                all.addAll(getPublishedContent(docType));
            }
            return tagsOf(all);
        });
    }

    private static Set<String> tagsOf(List<DocumentModel> docs) {
        Set<String> tags = new TreeSet<>();
        docs.forEach(doc -> tags.addAll(Arrays.asList(doc.getTags())));
        return Collections.unmodifiableSet(tags);
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return doc -> docType.equals(doc.getType());
    }

    private static boolean published(DocumentModel doc) {
        return ModelAttributes.Status.PUBLISHED.equals(doc.getStatus());
    }

    private DocumentList<DocumentModel> newestFirst(Predicate<DocumentModel> which) {
        List<DocumentModel> found;
        synchronized (documents) {
            found = documents.stream().filter(which).sorted(NEWEST_FIRST).toList();
        }
        return new IndexedDocumentList(found);
    }

    private static DocumentList<DocumentModel> tagged(List<DocumentModel> docs, String tag) {
        return new IndexedDocumentList(docs.stream().filter(doc -> Arrays.asList(doc.getTags()).contains(tag)).toList());
    }

    /** Works the answer out once; two threads asking at once may both work it out, and agree. */
    private DocumentList<DocumentModel> remember(String key, Supplier<DocumentList<DocumentModel>> query) {
        DocumentList<DocumentModel> known = answers.get(key);
        if (known != null) {
            return known;
        }
        DocumentList<DocumentModel> answer = query.get();
        DocumentList<DocumentModel> raced = answers.putIfAbsent(key, answer);
        return raced != null ? raced : answer;
    }

    /** The same slice JBake's {@code SKIP start LIMIT limit} gives, when both are set. */
    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all) {
        long start = getStart();
        long limit = getLimit();
        if (start < 0 || limit < 0) {
            return all;
        }
        int from = (int) Math.min(start, all.size());
        int to = (int) Math.min(from + limit, all.size());
        DocumentList<DocumentModel> slice = new DocumentList<>();
        slice.addAll(all.subList(from, to));
        return slice;
    }

    private void forget() {
        answers.clear();
        tagSets.clear();
    }
}
