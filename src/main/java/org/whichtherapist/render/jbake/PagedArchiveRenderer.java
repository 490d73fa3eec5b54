package org.whichtherapist.render.jbake;

import java.io.File;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/** In the place of JBake's {@code ArchiveRenderer}: writes the article list, split into pages ({@link SiteRenderer#renderArchivePages}). */
public final class PagedArchiveRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        return renderer instanceof SiteRenderer site ? site.renderArchivePages() : 0;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return 0;
    }
}
