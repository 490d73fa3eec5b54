package org.whichtherapist.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.whichtherapist.content.Page;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.source.SourceDocument;
import org.whichtherapist.settings.SiteSettings;

/** Lists every file a build will write, with the file and line that cause it, for {@link OutputNames}. */
public final class OutputPlan {
    private static final List<String> SETTINGS = List.of("index.file", "archive.file", "feed.file", "sitemap.file",
            "error404.file");

    private OutputPlan() {
    }

    public static OutputNames of(Path project, OutputSettings config, SiteSettings settings, List<SourceDocument> documents)
            throws IOException {
        OutputNames names = new OutputNames();
        String extension = config.get("output.extension");
        String tagFolder = config.get("tag.path");
        for (SourceDocument doc : documents) {
            names.add(doc.outputUri(), doc.path(), 0);
            List<String> aliases = doc.frontMatter().textList("aliases");
            for (int i = 0; i < aliases.size(); i++) {
                names.add(aliases.get(i), doc.path(), doc.frontMatter().lineOf("aliases[" + i + "]"));
            }
            List<String> tags = doc.frontMatter().textList("tags");
            for (int i = 0; i < tags.size(); i++) {
                names.addShared(tagFolder + "/" + Page.topicSlug(tags.get(i)) + extension, doc.path(),
                        doc.frontMatter().lineOf("tags[" + i + "]"));
            }
        }
        copiedFiles(project, config.assetFolder(), false, names);
        copiedFiles(project, config.contentFolder(), true, names);

        for (String key : SETTINGS) {
            String value = config.get(key);
            if (!value.isEmpty()) {
                names.add(value, SiteSettings.FILE, settings.lineOf(key));
            }
        }
        names.add(tagFolder + "/index" + extension, SiteSettings.FILE, settings.lineOf("tag.path"));
        for (String extra : config.extraFiles()) {
            names.add(extra, SiteSettings.FILE, settings.lineOf(OutputSettings.EXTRA_FILES));
        }
        return names;
    }

    /** Files JBake copies as they are: all of assets/, and what is not a page in content/. */
    private static void copiedFiles(Path project, Path folder, boolean skipPages, OutputNames names) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            // Pages are left out first: content/ holds many, and only the files next to them are copied.
            for (Path file : walk.filter(file -> !(skipPages && isPageOrHidden(file))).filter(Files::isRegularFile)
                    .sorted().toList()) {
                if (!SiteFiles.inMarkedFolder(folder, file, ContentLoader.IGNORE_MARKER)) {
                    names.add(ContentLoader.relative(folder, file), ContentLoader.relative(project, file), 0);
                }
            }
        }
    }

    private static boolean isPageOrHidden(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".md") || name.startsWith(".");
    }
}
