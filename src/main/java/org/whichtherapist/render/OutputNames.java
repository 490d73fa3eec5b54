package org.whichtherapist.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.whichtherapist.content.Page;
import org.whichtherapist.core.Problems;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.source.SourceDocument;

/**
 * Every file the build will write, with the file and line that cause it, named before anything is written: none
 * outside the output folder, none Windows cannot hold (CON, NUL, {@code :}…), and no two differing only in capitals.
 */
public final class OutputNames {
    private static final List<String> SETTINGS = List.of("index.file", "archive.file", "feed.file", "sitemap.file",
            "error404.file");
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");
    private static final Set<Character> FORBIDDEN = Set.of('<', '>', ':', '"', '|', '?', '*', '\\');

    /**
     * One file to be written: its path in the site, the file and line that cause it, and whether
     * several sources may share it (a tag's page is written once for every page with that tag).
     */
    private record Planned(String output, String source, int line, boolean shared) {
    }

    private final List<Planned> planned = new ArrayList<>();

    private OutputNames() {
    }

    /** Every file a build of {@code documents} will write, to be checked. */
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
                names.planned.add(new Planned(tagFolder + "/" + Page.topicSlug(tags.get(i)) + extension, doc.path(),
                        doc.frontMatter().lineOf("tags[" + i + "]"), true));
            }
        }
        names.copiedFiles(project, config.assetFolder(), false);
        names.copiedFiles(project, config.contentFolder(), true);

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
    private void copiedFiles(Path project, Path folder, boolean skipPages) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            // Pages are left out first: content/ holds many, and only the files next to them are copied.
            for (Path file : walk.filter(file -> !(skipPages && isPageOrHidden(file))).filter(Files::isRegularFile)
                    .sorted().toList()) {
                if (!SiteFiles.inMarkedFolder(folder, file, ContentLoader.IGNORE_MARKER)) {
                    add(ContentLoader.relative(folder, file), ContentLoader.relative(project, file), 0);
                }
            }
        }
    }

    private static boolean isPageOrHidden(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".md") || name.startsWith(".");
    }

    private void add(String output, String source, int line) {
        planned.add(new Planned(output, source, line, false));
    }

    public Problems check() {
        Problems problems = new Problems();
        Map<String, Planned> seen = new LinkedHashMap<>();
        // A tag's page is planned once for every page with the tag: its name is judged once.
        Map<String, Optional<Wrong>> judged = new HashMap<>();
        for (Planned file : planned) {
            Wrong wrong = judged.computeIfAbsent(file.output(), output -> Optional.ofNullable(wrongName(output)))
                    .orElse(null);
            if (wrong != null) {
                problems.error(file.source(), file.line(), "this would be written to '" + file.output() + "', "
                        + wrong.why(), wrong.fix());
                continue;
            }
            Planned other = seen.putIfAbsent(file.output().toLowerCase(Locale.ROOT), file);
            if (other != null && !other.output().equals(file.output())) {
                problems.error(file.source(), file.line(), "this would be written to '" + file.output()
                                + "', which differs only in capitals from '" + other.output() + "' (from " + other.source()
                                + "); on Windows, macOS and many web hosts they are the same file",
                        "rename one of them; lower-case names are safest");
            } else if (other != null && !other.source().equals(file.source()) && !(other.shared() && file.shared())) {
                problems.error(file.source(), file.line(), "this would be written to '" + file.output()
                        + "', the same place as " + other.source(), "rename one of the two files");
            }
        }
        return problems;
    }

    private record Wrong(String why, String fix) {
    }

    /** Why a path in the site cannot be written safely, or null if it can. */
    private static Wrong wrongName(String output) {
        String rename = "rename it using lower-case letters, digits and hyphens";
        if (output.isEmpty() || output.startsWith("/") || output.contains("//") || DRIVE.matcher(output).matches()) {
            return new Wrong("which is not a path inside the site", "write a name inside the site, e.g. 'robots.txt'");
        }
        for (String part : output.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return new Wrong("outside the site's folder", "write a name inside the site, without '../'");
            }
            if (RESERVED.matcher(part).matches()) {
                return new Wrong("a name Windows keeps for a device ('" + part + "'), so the site could not be"
                        + " copied there", rename);
            }
            if (part.endsWith(".") || part.endsWith(" ")) {
                return new Wrong("a name ending in a dot or a space, which Windows changes", rename);
            }
            for (char c : part.toCharArray()) {
                if (c < ' ' || FORBIDDEN.contains(c)) {
                    return new Wrong("a name with " + (c < ' ' ? "a control character" : "'" + c + "'")
                            + ", which Windows does not allow in file names", rename);
                }
            }
        }
        return null;
    }
}
