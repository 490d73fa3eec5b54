package org.whichtherapist.render.jbake;

import org.jbake.template.RenderingException;

/**
 * In the place of JBake's {@code TagsRenderer}: each topic's pages, split into pages, and the index of
 * topics ({@link SiteRenderer#renderTagPages}).
 */
final class PagedTagsRenderer extends SiteRendererStep {

    @Override
    int render(SiteRenderer site) throws RenderingException {
        return site.renderTagPages();
    }
}
