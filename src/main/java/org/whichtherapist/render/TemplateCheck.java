package org.whichtherapist.render;

import java.io.File;

import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.ContentType;

/** Before baking: every template jbake.properties names exists and is a {@code .ftl} file (JBake would write empty pages). */
public final class TemplateCheck {
    public static final String TEMPLATE_EXTENSION = ".ftl";
    private static final String PROPERTIES = SiteSettings.FILE;
    /** Each list's template and the {@code render.*} setting that turns it on. */
    private static final String[][] LISTS = {{"masterindex", "index"}, {"feed", "feed"}, {"archive", "archive"},
            {"tag", "tags"}, {"tagsindex", "tagsindex"}, {"sitemap", "sitemap"}, {"error404", "error404"}};

    private TemplateCheck() {
    }

    public static Problems check(OutputSettings config, SiteSettings lines) {
        Problems problems = new Problems();
        if (!lines.present()) {
            return problems; // SiteSettings.check() says so
        }
        for (String type : ContentType.jbakeTypes()) {
            checkTemplate(config, "template." + type + ".file", true, lines, problems);
        }
        for (String[] list : LISTS) {
            checkTemplate(config, "template." + list[0] + ".file", config.isTrue("render." + list[1]), lines, problems);
        }
        File folder = config.templateFolder().toFile();
        for (String extra : config.extraFiles()) {
            if (!new File(folder, extra + TEMPLATE_EXTENSION).isFile()) {
                problems.error(PROPERTIES, lines.lineOf(OutputSettings.EXTRA_FILES), "'" + extra + "' is listed in "
                        + OutputSettings.EXTRA_FILES + " but there is no template " + folder.getName()
                        + "/" + extra + TEMPLATE_EXTENSION, "create that template or remove '"
                        + extra + "' from the list");
            }
        }
        return problems;
    }

    private static void checkTemplate(OutputSettings config, String key, boolean used, SiteSettings lines,
                                      Problems problems) {
        if (!used) {
            return;
        }
        String name = config.get(key);
        int line = lines.lineOf(key);
        if (name.isEmpty()) {
            problems.error(PROPERTIES, line, "no template is set for '" + key + "'",
                    "add a line '" + key + "=<name>.ftl'");
            return;
        }
        File folder = config.templateFolder().toFile();
        if (line == 0 && !new File(folder, name).isFile()) {
            // not in the file: JBake's own default
            problems.error(PROPERTIES, 0, "'" + key + "' is not set, so JBake looks for the template "
                    + folder.getName() + "/" + name + ", which does not exist",
                    "add a line " + key + "=<the template's file name>, e.g. " + key + "=page.ftl");
            return;
        }
        if (!name.endsWith(TEMPLATE_EXTENSION)) {
            problems.error(PROPERTIES, line, "the template '" + name + "' does not end in .ftl, so JBake has no "
                    + "engine for it and would write empty pages", "rename the template to end in .ftl and update this line");
        }
        if (!new File(folder, name).isFile()) {
            problems.error(PROPERTIES, line, "the template '" + folder.getName() + "/" + name
                    + "' does not exist", "create it, or correct the file name on this line");
        }
    }
}
