package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

import org.whichtherapist.content.Page;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.ledger.BakeRecord;
import org.whichtherapist.ledger.FileStamp;
import org.whichtherapist.ledger.Fingerprint;
import org.whichtherapist.ledger.KeptFolder;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.render.jbake.JBakeBaker;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.ContentLoader;

/**
 * The plan stage: this build's {@link BakeRecord} against the ledger's record of the writer's last site (the last
 * bake's, or the earlier site's a one-off build kept) decides a whole bake or one of only the outputs that read
 * pages whose text alone changed.
 *
 * @param target what to bake, and where
 * @param record what this bake is made from, to keep in the ledger once baked
 * @param baked  what the report will say was baked
 */
record BakePlan(BakeTarget target, BakeRecord record, BuildReport.Baked baked) {

    /** What the ledger holds of a page: its place and front matter, and its text. */
    record PageFingerprints(Fingerprint frontMatter, Fingerprint body) {
        static PageFingerprints of(Page page) {
            return new PageFingerprints(Fingerprint.of(page.source().contentPath() + '\n' + described(page.data())),
                    Fingerprint.of(page.body()));
        }
    }

    static BakePlan of(BuildContext context, SiteContent site, JBakeBaker baker, SiteWriter writer)
            throws IOException {
        Optional<BakeRecord> last = context.memory().ledger.last();
        BakeRecord now = record(context, site, baker, last);
        BakeRecord.Stamp lastSite = BakeRecord.Stamp.once(() -> writer.stamp(context));
        Optional<BakeRecord> compared = last;
        Optional<Set<String>> changed = now.changedSince(last, lastSite);
        if (changed.isEmpty()) { // the writer's last site may be the earlier one, kept when the last was published
            compared = context.memory().ledger.earlier();
            changed = now.changedSince(compared, lastSite);
        }
        if (changed.isEmpty()) {
            Path folder = writer.bakeFolder(context, true);
            return new BakePlan(BakeTarget.everything(folder, writer.lastSite(context)), now,
                    new BuildReport.Baked(true, new TreeSet<>()));
        }
        BodyDependencies dependencies = new BodyDependencies(compared.get().reads());
        TreeSet<String> parts = new TreeSet<>(dependencies.partsReading(changed.get()));
        return new BakePlan(new BakeTarget(writer.bakeFolder(context, false), BakeScope.only(parts), dependencies,
                Optional.empty()), now,
                new BuildReport.Baked(false, parts));
    }

    /** Keeps in the ledger that the folder with this stamp ({@link SiteWriter#stamp}) now holds this bake. */
    void keep(BuildContext context, String folderStamp) {
        context.memory().ledger.keep(record.baked(target.dependencies().byPart(), folderStamp));
    }

    /** This build's record; the files' stamps are the last record's when the watcher saw only pages' Markdown change. */
    private static BakeRecord record(BuildContext context, SiteContent site, JBakeBaker baker,
                                     Optional<BakeRecord> last) throws IOException {
        HashMap<String, Fingerprint> frontMatter = new HashMap<>();
        HashMap<String, Fingerprint> bodies = new HashMap<>();
        for (Page page : site.all()) {
            PageFingerprints fingerprints = context.memory().pageFingerprints
                    .of(page.uri(), page, "", (same, nothing) -> PageFingerprints.of(same));
            frontMatter.put(page.uri(), fingerprints.frontMatter());
            bodies.put(page.uri(), fingerprints.body());
        }
        Path settings = context.project().resolve(SiteSettings.FILE);
        Optional<Set<Path>> changed = context.memory().takeChanged();
        String files = last.isPresent() && changed.isPresent()
                && changed.get().stream().allMatch(path -> isPageText(path, baker.contentFolder()))
                ? last.get().inputs().files()
                : KeptFolder.key(inputStamps(settings, List.of(baker.templateFolder(), baker.assetFolder(),
                        baker.contentFolder())));
        String values = KeptFolder.key(new TreeMap<>(context.settings().values()).toString(), context.options().mode().name(),
                context.options().today().toString(), TimeZone.getDefault().getID(), Locale.getDefault().toLanguageTag());
        return new BakeRecord(new BakeRecord.Inputs(files, values), frontMatter, bodies, new HashMap<>(), "");
    }

    /**
     * The {@link FileStamp} of everything a bake reads besides the pages' Markdown: jbake.properties, the
     * templates, the assets and the other files under content/ (pictures, data files, and the Markdown in
     * folders that hold no pages, such as the urgent-care text); no file is read.
     */
    private static String inputStamps(Path settings, List<Path> folders) throws IOException {
        Map<String, FileStamp> stamps = new TreeMap<>();
        stamps.put(settings.toString(), FileStamp.of(Files.readAttributes(settings, BasicFileAttributes.class)));
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                private final Deque<Boolean> noPages = new ArrayDeque<>(List.of(false));

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    noPages.push(noPages.peek() || Files.exists(dir.resolve(ContentLoader.IGNORE_MARKER)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    noPages.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (noPages.peek() || !file.getFileName().toString().endsWith(".md")) {
                        stamps.put(file.toString(), FileStamp.of(attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return stamps.toString();
    }

    /** Whether the file is a page's Markdown: a .md file in the content folder outside the folders that hold no pages. */
    private static boolean isPageText(Path file, Path contentFolder) {
        return file.getFileName().toString().endsWith(".md") && file.startsWith(contentFolder)
                && !SiteFiles.inMarkedFolder(contentFolder, file, ContentLoader.IGNORE_MARKER);
    }

    /**
     * The value with the type of every part, so that a list and a text that prints the same differ; a map's
     * entries in the order of their keys, so that the same fields in another order (a page made from data with
     * {@code Map.of}, whose order differs from one process to the next) are the same.
     */
    static String described(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            new TreeMap<>(map.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> described(e.getKey()), e -> described(e.getValue())))).forEach((k, v) ->
                    text.append(k).append('=').append(v).append(';'));
            return text.append('}').toString();
        }
        if (value instanceof Iterable<?> list) {
            StringBuilder text = new StringBuilder("[");
            list.forEach(item -> text.append(described(item)).append(';'));
            return text.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getName() + ':' + value.toString().length() + ':' + value;
    }
}
