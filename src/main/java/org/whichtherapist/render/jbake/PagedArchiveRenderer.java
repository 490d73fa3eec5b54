package org.whichtherapist.render.jbake;

import org.jbake.template.RenderingException;

/** In the place of JBake's {@code ArchiveRenderer}: the article list, split into pages ({@link SiteRenderer#renderArchivePages}). */
final class PagedArchiveRenderer extends SiteRendererStep {

    @Override
    int render(SiteRenderer site) throws RenderingException {
        return site.renderArchivePages();
    }
}
