package org.whichtherapist.render.jbake;

import java.io.IOException;
import java.nio.file.Path;

import org.jbake.app.configuration.JBakeConfiguration;

import freemarker.template.Configuration;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.FreemarkerConfiguration;

/**
 * {@link FreemarkerConfiguration} for the bake, kept between bakes: templates are parsed again only for a whole
 * bake; a partial one reuses them.
 */
public final class FreemarkerSetup {
    private Configuration configuration;
    private Path templateFolder;

    /** The set-up for this bake: a fresh one for a whole bake, the last one for a partial bake. */
    synchronized Configuration configuration(JBakeConfiguration config, BakeScope scope) throws IOException {
        Path folder = config.getTemplateFolder().toPath();
        if (configuration == null || scope.whole() || !folder.equals(templateFolder)) {
            configuration = FreemarkerConfiguration.create(config.getTemplateFolder(), config.getTemplateEncoding(),
                    config.getOutputEncoding());
            templateFolder = folder;
        }
        return configuration;
    }
}
