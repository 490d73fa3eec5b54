package org.whichtherapist.render.jbake;

import java.io.IOException;
import java.nio.file.Path;

import org.jbake.app.configuration.JBakeConfiguration;

import freemarker.template.Configuration;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.FreemarkerConfiguration;

/**
 * This project's Freemarker set-up ({@link FreemarkerConfiguration}) for the bake. Kept by the
 * build between bakes, so that the preview parses its templates again only for a whole bake
 * (a template or a setting may have changed); a partial bake reuses the parsed templates, which
 * Freemarker then never re-checks on disk.
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
