package org.whichtherapist.render.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.ContentType;

/**
 * Before baking: every template jbake.properties names exists and is a Freemarker {@code .ftl}
 * file. JBake itself would log the problem and write empty pages.
 */
public final class TemplateCheck {
    private static final String PROPERTIES = SiteSettings.FILE;

    private TemplateCheck() {
    }

    public static Problems check(JBakeConfiguration config, SiteSettings lines) {
        Problems problems = new Problems();
        if (!lines.present()) {
            return problems; // SiteSettings.check() says so
        }
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
                problems.error(PROPERTIES, lines.lineOf(SiteRenderer.EXTRA_FILES), "'" + extra + "' is listed in "
                        + SiteRenderer.EXTRA_FILES + " but there is no template " + config.getTemplateFolder().getName()
                        + "/" + extra + SiteTemplateEngine.TEMPLATE_EXTENSION, "create that template or remove '"
                        + extra + "' from the list");
            }
        }
        return problems;
    }

    private static void checkTemplate(JBakeConfiguration config, String key, boolean used, SiteSettings lines,
                                      Problems problems) {
        if (!used) {
            return;
        }
        Object value = config.get(key);
        int line = lines.lineOf(key);
        if (value == null || value.toString().isBlank()) {
            problems.error(PROPERTIES, line, "no template is set for '" + key + "'",
                    "add a line '" + key + "=<name>.ftl'");
            return;
        }
        String name = value.toString().strip();
        if (line == 0 && !new File(config.getTemplateFolder(), name).isFile()) {
            // not in the file: JBake's own default
            problems.error(PROPERTIES, 0, "'" + key + "' is not set, so JBake looks for the template "
                    + config.getTemplateFolder().getName() + "/" + name + ", which does not exist",
                    "add a line " + key + "=<the template's file name>, e.g. " + key + "=page.ftl");
            return;
        }
        problemsWith(config.getTemplateFolder(), name, line).forEach(problems::error);
    }

    /** What is wrong with the template {@code name} in {@code folder}, named at {@code line} of jbake.properties. */
    private static List<Problem> problemsWith(File folder, String name, int line) {
        List<Problem> found = new ArrayList<>();
        if (!name.endsWith(SiteTemplateEngine.TEMPLATE_EXTENSION)) {
            found.add(Problem.at(PROPERTIES, line, "the template '" + name + "' does not end in .ftl, so JBake has no "
                    + "engine for it and would write empty pages", "rename the template to end in .ftl and update this line"));
        }
        if (!new File(folder, name).isFile()) {
            found.add(Problem.at(PROPERTIES, line, "the template '" + folder.getName() + "/" + name
                    + "' does not exist", "create it, or correct the file name on this line"));
        }
        return found;
    }
}
