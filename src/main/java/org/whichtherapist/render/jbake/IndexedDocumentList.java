package org.whichtherapist.render.jbake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * A read-only snapshot of one query's documents, in the store's order, with constant-time
 * {@code get(i)} and {@code indexOf(document)}. JBake's renderer calls both once per page to find
 * previous/next; on its own {@link DocumentList} (a linked list compared map by map) that is quadratic.
 * Documents are found by their output address ({@code uri}), which the build keeps unique.
 */
final class IndexedDocumentList extends DocumentList<DocumentModel> {
    private final List<DocumentModel> byIndex;
    private final Map<String, Integer> indexByUri = new HashMap<>();

    IndexedDocumentList(List<DocumentModel> documents) {
        super.addAll(documents);
        this.byIndex = new ArrayList<>(documents);
        for (int i = byIndex.size() - 1; i >= 0; i--) {
            indexByUri.put(byIndex.get(i).getUri(), i);
        }
    }

    @Override
    public DocumentModel get(int index) {
        return byIndex.get(index);
    }

    @Override
    public int indexOf(Object o) {
        if (o instanceof DocumentModel doc && doc.getUri() != null) {
            Integer index = indexByUri.get(doc.getUri());
            if (index != null && byIndex.get(index).equals(doc)) {
                return index;
            }
        }
        return super.indexOf(o);
    }
}
