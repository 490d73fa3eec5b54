package org.whichtherapist.render.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;
import org.whichtherapist.core.Problems;
import org.whichtherapist.content.ContentType;

/**
 * Before baking: every template jbake.properties names exists and is a Freemarker {@code .ftl}
 * file. JBake itself would log the problem and write empty pages.
 */
public final class TemplateCheck {
    public static final String PROPERTIES = "jbake.properties";

    private TemplateCheck() {
    }

    public static Problems check(JBakeConfiguration config, Path projectFolder) throws IOException {
        Problems problems = new Problems();
        Path properties = projectFolder.resolve(PROPERTIES);
        if (!Files.isRegularFile(properties)) {
            problems.error(PROPERTIES, 0, "the site settings file is missing",
                    "restore jbake.properties from git: git checkout -- jbake.properties");
            return problems;
        }
        List<String> lines = Files.readAllLines(properties, StandardCharsets.ISO_8859_1);
        for (String type : ContentType.jbakeTypes()) {
            checkTemplate(config, "template." + type + ".file", true, lines, problems);
        }
        checkTemplate(config, "template.masterindex.file", config.getRenderIndex(), lines, problems);
        checkTemplate(config, "template.feed.file", config.getRenderFeed(), lines, problems);
        checkTemplate(config, "template.archive.file", config.getRenderArchive(), lines, problems);
        checkTemplate(config, "template.tag.file", config.getRenderTags(), lines, problems);
        checkTemplate(config, "template.tagsindex.file", config.getRenderTagsIndex(), lines, problems);
        checkTemplate(config, "template.sitemap.file", config.getRenderSiteMap(), lines, problems);
        checkTemplate(config, "template.error404.file", config.getRenderError404(), lines, problems);
        for (String extra : SiteRenderer.extraFiles(config)) {
            if (!new File(config.getTemplateFolder(), extra + SiteTemplateEngine.TEMPLATE_EXTENSION).isFile()) {
                problems.error(PROPERTIES, lineOf(SiteRenderer.EXTRA_FILES, lines), "'" + extra + "' is listed in "
                        + SiteRenderer.EXTRA_FILES + " but there is no template " + config.getTemplateFolder().getName()
                        + "/" + extra + SiteTemplateEngine.TEMPLATE_EXTENSION, "create that template or remove '"
                        + extra + "' from the list");
            }
        }
        return problems;
    }

    private static void checkTemplate(JBakeConfiguration config, String key, boolean used, List<String> lines,
                                      Problems problems) {
        if (!used) {
            return;
        }
        Object value = config.get(key);
        int line = lineOf(key, lines);
        if (value == null || value.toString().isBlank()) {
            problems.error(PROPERTIES, line, "no template is set for '" + key + "'",
                    "add a line '" + key + "=<name>.ftl'");
            return;
        }
        String name = value.toString().strip();
        if (!name.endsWith(SiteTemplateEngine.TEMPLATE_EXTENSION)) {
            problems.error(PROPERTIES, line, "the template '" + name + "' does not end in .ftl, so JBake has no "
                    + "engine for it and would write empty pages", "rename the template to end in .ftl and update this line");
        }
        File file = new File(config.getTemplateFolder(), name);
        if (!file.isFile()) {
            problems.error(PROPERTIES, line, "the template '" + config.getTemplateFolder().getName() + "/" + name
                    + "' does not exist", "create it, or correct the file name on this line");
        }
    }

    /** The line of jbake.properties that sets {@code key}, or 0. */
    public static int lineOf(String key, List<String> lines) {
        return org.whichtherapist.settings.SiteSettings.lineOf(key, lines);
    }
}
