package org.whichtherapist.render;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * This project's Freemarker configuration, for the build and the templates' tests: HTML escaping on,
 * mistakes rethrown, UTC, British dates, records read as {@code page.title}, {@link PageReadsWrapper} and
 * {@code toJson(value)}.
 */
public final class FreemarkerConfiguration {
    private FreemarkerConfiguration() {
    }

    public static Configuration create(File templateFolder, String templateEncoding, String outputEncoding)
            throws IOException {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setDirectoryForTemplateLoading(templateFolder);
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // a whole bake starts afresh instead
        freemarker.setDefaultEncoding(templateEncoding);
        freemarker.setOutputEncoding(outputEncoding);
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setObjectWrapper(new PageReadsWrapper());
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        freemarker.setLocale(Locale.UK);
        freemarker.setNumberFormat("computer");
        freemarker.setDateFormat("d MMMM yyyy");
        freemarker.setSharedVariable("toJson", new JsonWriter());
        return freemarker;
    }
}
