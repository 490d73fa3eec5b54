package org.whichtherapist.render.jbake;

import java.io.File;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * A JBake rendering step that {@link SiteRenderer} does its own way; {@link SiteOven} runs it
 * beside JBake's own steps. Each subclass is one part of the bake (its class name names it in
 * {@code BodyDependencies}).
 */
abstract class SiteRendererStep implements RenderingTool {

    /** Writes this step's files; returns how many. */
    abstract int render(SiteRenderer site) throws RenderingException;

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        return renderer instanceof SiteRenderer site ? render(site) : 0;
    }

    @Override
    @SuppressWarnings("deprecation") // JBake's RenderingTool still declares it
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                            CompositeConfiguration config) {
        return 0;
    }
}
