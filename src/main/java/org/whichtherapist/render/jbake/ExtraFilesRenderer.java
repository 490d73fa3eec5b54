package org.whichtherapist.render.jbake;

import org.jbake.template.RenderingException;

/** The site's extra files ({@code site.extra_files}: robots.txt, search.html), run last by {@link SiteOven}. */
final class ExtraFilesRenderer extends SiteRendererStep {

    @Override
    int render(SiteRenderer site) throws RenderingException {
        return site.renderExtraFiles();
    }
}
