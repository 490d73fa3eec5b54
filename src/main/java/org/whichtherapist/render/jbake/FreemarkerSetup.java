package org.whichtherapist.render.jbake;

import org.whichtherapist.render.PageReadsWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

import org.jbake.app.configuration.JBakeConfiguration;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateExceptionHandler;
import org.whichtherapist.render.BakeScope;

/**
 * This project's Freemarker set-up: every {@code ${...}} HTML-escaped unless a template says
 * otherwise, mistakes rethrown (to fail the build with file and line), UTC, British dates. Kept by
 * the build between bakes, so that the preview parses its templates again only for a whole bake
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
            configuration = create(config);
            templateFolder = folder;
        }
        return configuration;
    }

    private static Configuration create(JBakeConfiguration config) throws IOException {
        DefaultObjectWrapper wrapper = new PageReadsWrapper();
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // a whole bake starts afresh instead
        freemarker.setDefaultEncoding(config.getTemplateEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setObjectWrapper(wrapper);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setLocale(Locale.UK);
        freemarker.setNumberFormat("computer");
        freemarker.setDateFormat("d MMMM yyyy");
        return freemarker;
    }
}
