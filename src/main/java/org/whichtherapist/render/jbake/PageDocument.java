package org.whichtherapist.render.jbake;

import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.whichtherapist.render.BodyReads;

/**
 * The document JBake keeps for a page ({@code content} in templates): a {@link DocumentModel} that
 * reports reads of the Markdown-derived fields ({@code body}, {@code toc}) to {@link BodyReads}.
 */
final class PageDocument extends DocumentModel {
    static final String TOC = "toc";

    @Override
    public Object get(Object key) {
        if (ModelAttributes.BODY.equals(key) || TOC.equals(key)) {
            BodyReads.read(this::getUri);
        }
        return super.get(key);
    }
}
