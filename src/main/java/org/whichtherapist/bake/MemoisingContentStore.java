package org.whichtherapist.bake;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * JBake's content store, answering each read query from the database once per bake.
 * <p>
 * JBake asks for every document of a type once per page it renders (to find previous/next), and
 * for the same tag and post lists once per list page: each answer is a full query turned into
 * new objects, which made a bake quadratic in the number of pages. Here the first answer is kept
 * (as an {@link IndexedDocumentList}) until a document is added or removed; answers are the same
 * documents in the same order, so the pages written are byte for byte the same.
 */
final class MemoisingContentStore extends ContentStore {
    private final Map<String, DocumentList<DocumentModel>> lists = new HashMap<>();
    private final Map<String, Set<String>> tagSets = new HashMap<>();

    MemoisingContentStore(String type, String name) {
        super(type, name);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return getAllContent(docType, false);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        DocumentList<DocumentModel> all = remember("all:" + docType, () -> super.getAllContent(docType, false));
        return applyPaging ? page(all) : all;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedPosts(false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        DocumentList<DocumentModel> posts = remember("published:post", () -> super.getPublishedPosts(false));
        return applyPaging ? page(posts) : posts;
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return remember("published:" + docType, () -> super.getPublishedContent(docType));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    /** JBake's query, answered from the published posts (newest first) instead of a query per tag. */
    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return remember("posts-tagged:" + tag, () -> tagged(getPublishedPosts(false), tag));
    }

    /** Each type's published documents with the tag, newest first, types in JBake's order (as JBake's query). */
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

    private static DocumentList<DocumentModel> tagged(List<DocumentModel> documents, String tag) {
        DocumentList<DocumentModel> tagged = new DocumentList<>();
        for (DocumentModel doc : documents) {
            String[] tags = doc.getTags();
            if (tags != null && Arrays.asList(tags).contains(tag)) {
                tagged.add(doc);
            }
        }
        return tagged;
    }

    @Override
    public Set<String> getTags() {
        return tagSets.computeIfAbsent("posts", k -> new LinkedHashSet<>(super.getTags()));
    }

    @Override
    public Set<String> getAllTags() {
        return tagSets.computeIfAbsent("all", k -> new LinkedHashSet<>(super.getAllTags()));
    }

    /**
     * Not recorded: the store lives for one bake, and JBake asks for unrendered documents only
     * once, before rendering starts. Recording it was one SQL update per page.
     */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // nothing to record
    }

    @Override
    public void addDocument(DocumentModel document) {
        forget();
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        forget();
        super.deleteContent(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        forget();
        super.deleteAllByDocType(docType);
    }

    @Override
    public void drop() {
        forget();
        super.drop();
    }

    private DocumentList<DocumentModel> remember(String key, Supplier<DocumentList<DocumentModel>> query) {
        DocumentList<DocumentModel> list = lists.get(key);
        if (list == null) {
            list = new IndexedDocumentList(query.get());
            lists.put(key, list);
        }
        return list;
    }

    /** The same slice JBake's {@code SKIP start LIMIT limit} gives, when both are set. */
    private DocumentList<DocumentModel> page(DocumentList<DocumentModel> all) {
        long start = getStart();
        long limit = getLimit();
        if (start <= -1 || limit <= -1) {
            return all;
        }
        int from = (int) Math.min(start, all.size());
        int to = (int) Math.min(from + limit, all.size());
        List<DocumentModel> slice = all.subList(from, to);
        DocumentList<DocumentModel> result = new DocumentList<>();
        result.addAll(slice);
        return result;
    }

    private void forget() {
        lists.clear();
        tagSets.clear();
    }
}
