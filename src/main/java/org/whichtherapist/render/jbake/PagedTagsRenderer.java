package org.whichtherapist.render.jbake;

import java.io.File;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/** In the place of JBake's {@code TagsRenderer}: writes the topic pages, each split into pages, and the index of topics ({@link SiteRenderer#renderTagPages}). */
public final class PagedTagsRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        return renderer instanceof SiteRenderer site ? site.renderTagPages() : 0;
    }

    @Override
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return 0;
    }
}
