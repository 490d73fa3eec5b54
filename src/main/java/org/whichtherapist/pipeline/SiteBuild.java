package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.render.jbake.FreemarkerSetup;
import org.whichtherapist.render.jbake.JBakeBaker;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.render.jbake.TemplateCheck;
import org.whichtherapist.render.jbake.TemplateData;
import org.whichtherapist.render.pictures.SitePictures;
import org.whichtherapist.content.ContentCache;
import org.whichtherapist.content.ContentLoader;
import org.whichtherapist.content.ContentValidator;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.PictureFields;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.content.SourceDocument;
import org.whichtherapist.publish.HostFiles;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.publish.SiteArchive;
import org.whichtherapist.render.SiteAssets;
import org.whichtherapist.markdown.MarkdownCache;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.markdown.PageLinks;
import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.check.LinkCheck;
import org.whichtherapist.check.OutputCheck;
import org.whichtherapist.check.PageScanner;
import org.whichtherapist.check.PageWeights;
import org.whichtherapist.content.ContentSelection;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.core.FileStamp;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.preview.PreviewMirror;
import org.whichtherapist.preview.PreviewState;
import org.whichtherapist.preview.SourceInputs;
import org.whichtherapist.publish.OutputPublisher;
import org.whichtherapist.render.OutputNames;
import org.whichtherapist.render.jbake.OutputPlan;

/**
 * The whole build, as a chain of stages:
 * <ol>
 *   <li>check the folders: no link out of content/, assets/ or templates/, a safe output folder ({@link SourceFolders});</li>
 *   <li>load: read every file under content/ ({@link ContentLoader});</li>
 *   <li>validate: front matter and references ({@link ContentValidator}), templates ({@link TemplateCheck}),
 *       the name of every file to be written ({@link OutputNames});</li>
 *   <li>select: drop drafts and future-dated pages unless previewing ({@link ContentSelection});</li>
 *   <li>render Markdown: flexmark, with links between pages resolved ({@link MarkdownRenderer});</li>
 *   <li>bake: JBake writes pages, lists, feed and assets into a staging folder ({@link JBakeBaker});</li>
 *   <li>prepare for hosting: fingerprinted asset names ({@link SiteAssets}), host files
 *       ({@link HostFiles}), with every page read once for all the checks ({@link PageScanner});</li>
 *   <li>check the output ({@link OutputCheck}) and its links ({@link LinkCheck}), weigh the pages
 *       ({@link PageWeights});</li>
 *   <li>publish: precompressed copies ({@link Precompressor}), then the site replaces the old one
 *       ({@link OutputPublisher}) and is zipped ({@link SiteArchive}).</li>
 * </ol>
 * Each stage collects every problem it finds; the build stops after a stage that found any.
 */
public final class SiteBuild {
    private final ContentValidator validator = new ContentValidator();
    private final OutputPublisher publisher = new OutputPublisher();
    /** Kept between builds: pages whose bytes did not change are not parsed again. */
    private final PageScanner scanner = new PageScanner();
    /** Kept between builds, like the Markdown: a rebuild reads again only the content files that changed. */
    private final ContentCache loadedContent = new ContentCache();
    /** Kept between builds (the preview builds again on every save); replaced when site.trusted_html changes. */
    private MarkdownCache renderedMarkdown;
    /** What the preview's last bake was made from, and what it has copied to the served folder. */
    private final PreviewState previewState = new PreviewState();
    private final PreviewMirror previewMirror = new PreviewMirror();
    /** Parsed templates, kept for the preview's partial bakes. */
    private final FreemarkerSetup freemarker = new FreemarkerSetup();

    /** Runs the build under a {@link BuildWatchdog}, so it cannot run past its time limit unnoticed. */
    public BuildReport run(BuildOptions options) throws BuildFailedException, IOException {
        Path project = options.projectFolder().toAbsolutePath().normalize();
        SiteSettings settings = SiteSettings.read(project.resolve(TemplateCheck.PROPERTIES));
        BuildWatchdog watchdog = new BuildWatchdog(timeLimit(project, settings));
        return watchdog.run(() -> build(options, settings, watchdog));
    }

    private BuildReport build(BuildOptions options, SiteSettings settings, BuildWatchdog watchdog)
            throws BuildFailedException, IOException {
        Instant start = Instant.now();
        StageTimes times = new StageTimes();
        Path project = options.projectFolder().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        MarkdownCache markdown = markdownFor(settings.isTrue(MarkdownRenderer.TRUSTED_HTML));
        CompletableFuture<Void> warmUp = LibraryWarmUp.start(markdown.renderer());
        JBakeBaker baker = new JBakeBaker(project, markdown.renderer(), freemarker);
        DefaultJBakeConfiguration config = baker.configuration(output);

        Problems problems = new SourceFolders(project).check(List.of(config.getContentFolder().toPath(),
                config.getAssetFolder().toPath(), config.getTemplateFolder().toPath()), output);
        problems.throwIfAny();
        problems.addAll(TemplateCheck.check(config, project));
        String siteAddress = String.valueOf(config.get(SiteSettings.ADDRESS));
        problems.addAll(SiteSettings.checkAddress(siteAddress));
        warmUp.join();
        ContentLoader.Loaded loaded = new ContentLoader(project, loadedContent).load(config.getContentFolder().toPath(),
                watchdog::working);
        problems.addAll(loaded.problems());
        times.lap("load");
        problems.addAll(validator.validate(loaded.documents()));
        problems.addAll(validator.checkAliasesAreFree(loaded.documents()));
        problems.addAll(PictureFields.check(loaded.documents(), config.getContentFolder().toPath()));
        problems.throwIfAny();
        problems.addAll(OutputPlan.of(project, config, loaded.documents()).check());
        problems.throwIfAny();

        List<SourceDocument> selected = new ContentSelection(options.mode(), options.today())
                .select(loaded.documents());
        problems.addAll(validator.checkReferencesArePublished(selected, loaded.documents()));
        problems.throwIfAny();
        times.lap("validate");

        SiteContent site = new SiteContent(render(markdown, selected, config.getContentFolder().toPath(), problems,
                watchdog));
        problems.throwIfAny();
        times.lap("markdown");

        SiteAssets assets = SiteAssets.read(config.getAssetFolder().toPath());
        TemplateData data = new TemplateData(site, assets, SitePictures.prepare(project, config.getContentFolder().toPath(),
                config.getAssetFolder().toPath(), assets, new SitePictures.SiteSettingsView(
                        String.valueOf(config.get("site.title")), siteAddress, site)));
        if (options.mode() == BuildMode.PREVIEW) {
            return preview(options, config, data, baker, siteAddress, problems, watchdog, times, start);
        }
        Path staging = publisher.stagingFolder(output);
        try {
            int pages = baker.bake(config, data, staging, watchdog::working, BakeScope.everything(),
                    new BodyDependencies());
            times.lap("bake");
            writePictures(data, staging, problems, times);
            assets.fingerprint(staging);
            BuiltPages built = prepareAndCheck(staging, null, site, assets, siteAddress, project, options, times,
                    watchdog);
            if (!"false".equals(String.valueOf(config.get(Precompressor.SETTING)))) {
                new Precompressor().compress(staging);
                times.lap("precompress");
            }
            publisher.replace(staging, output);
            new SiteArchive().write(output);
            times.lap("publish");
            PageWeights weights = PageWeights.of(built); // after publishing: the search index is gzipped meanwhile
            times.lap("weights");
            return new BuildReport(pages, SiteFiles.all(output).size(), problems.warnings(), output,
                    Duration.between(start, Instant.now()), CompletableFuture.completedFuture(weights), times);
        } finally {
            publisher.discard(staging);
        }
    }

    /**
     * The preview bakes into a work folder it keeps ({@link PreviewState}): after a save that
     * changed only the text of some pages, only the outputs that show that text are rendered
     * again; the served folder then gets the files that changed ({@link PreviewMirror}).
     */
    private BuildReport preview(BuildOptions options, DefaultJBakeConfiguration config, TemplateData data,
                                JBakeBaker baker, String siteAddress, Problems problems,
                                BuildWatchdog watchdog, StageTimes times, Instant start)
            throws BuildFailedException, IOException {
        SiteContent site = data.site();
        SiteAssets assets = data.assets();
        Path project = options.projectFolder().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        Path work = PreviewState.workFolder(output);
        Map<Path, FileStamp> inputs = SourceInputs.fingerprint(project.resolve(TemplateCheck.PROPERTIES),
                List.of(config.getTemplateFolder().toPath(), config.getAssetFolder().toPath(),
                        config.getContentFolder().toPath()), ".md");
        PreviewState.Plan plan = previewState.plan(site, inputs, work);
        Instant bakeBegan = Instant.now();
        int pages;
        try {
            pages = baker.bake(config, data, work, watchdog::working, plan.scope(), plan.dependencies());
        } catch (BuildFailedException | IOException | RuntimeException e) {
            previewState.forget();
            throw e;
        }
        previewState.baked(site, inputs, plan.dependencies());
        times.lap(plan.everything() ? "bake" : "bake (changed text only)");
        writePictures(data, work, problems, times);
        assets.fingerprint(work);
        BuiltPages built = prepareAndCheck(work, bakeBegan, site, assets, siteAddress, project, options, times,
                watchdog);
        int files = previewMirror.mirror(work, output);
        times.lap("publish");
        // The pages are in place: the browser can reload while the search index is still being weighed.
        CompletableFuture<PageWeights> weighing = CompletableFuture.supplyAsync(() -> PageWeights.of(built));
        return new BuildReport(pages, files, problems.warnings(), output, Duration.between(start, Instant.now()),
                weighing, times);
    }

    /**
     * Host files, then the checks of the baked site, every page read once ({@link PageScanner});
     * returns the pages read. {@code bakeBegan}: for the preview's work folder, which only its bake
     * writes, when this build's bake began (files older than that are as they were last read).
     */
    private BuiltPages prepareAndCheck(Path folder, Instant bakeBegan, SiteContent site, SiteAssets assets, String siteAddress,
                                       Path project, BuildOptions options, StageTimes times,
                                       BuildWatchdog watchdog) throws BuildFailedException, IOException {
        watchdog.working("the finished site in " + folder.getFileName());
        HostFiles hostFiles = new HostFiles(siteAddress);
        hostFiles.write(folder, site);
        BuiltPages built = scanner.read(folder, bakeBegan);
        times.lap("read pages");
        hostFiles.writeHeaders(folder, assets, built);
        times.lap("host files");
        new OutputCheck().check(built, options.mode()).throwIfAny();
        times.lap("output check");
        new LinkCheck(built, siteAddress, site, project).check().throwIfAny();
        times.lap("link check");
        watchdog.checkNotStopped();
        return built;
    }

    /** Share cards and resized photos ({@link SitePictures}), before the checks look for them. */
    private static void writePictures(TemplateData data, Path folder, Problems problems, StageTimes times)
            throws BuildFailedException, IOException {
        problems.addAll(data.pictures().write(folder));
        problems.throwIfAny();
        times.lap("pictures");
    }

    private static Duration timeLimit(Path project, SiteSettings settings) throws BuildFailedException, IOException {
        Optional<String> text = settings.text(BuildWatchdog.SETTING);
        if (text.isEmpty()) {
            return BuildWatchdog.DEFAULT_LIMIT;
        }
        if (text.get().matches("[1-9][0-9]{0,6}")) {
            return Duration.ofSeconds(Long.parseLong(text.get()));
        }
        Path properties = project.resolve(TemplateCheck.PROPERTIES);
        throw new BuildFailedException(Problem.at(TemplateCheck.PROPERTIES,
                TemplateCheck.lineOf(BuildWatchdog.SETTING, Files.readAllLines(properties, StandardCharsets.ISO_8859_1)),
                "'" + BuildWatchdog.SETTING + "' is '" + text.get() + "', which is not a number of seconds",
                "write a whole number of seconds, e.g. " + BuildWatchdog.SETTING + "=300"));
    }

    private synchronized MarkdownCache markdownFor(boolean trustedHtml) {
        if (renderedMarkdown == null || renderedMarkdown.renderer().trustsHtml() != trustedHtml) {
            renderedMarkdown = new MarkdownCache(new MarkdownRenderer(trustedHtml));
        }
        return renderedMarkdown;
    }

    private static List<Page> render(MarkdownCache markdown, List<SourceDocument> documents, Path contentFolder,
                                     Problems problems, BuildWatchdog watchdog) {
        Map<String, String> outputs = new LinkedHashMap<>();
        documents.forEach(doc -> outputs.put(doc.contentPath(), doc.outputUri()));
        markdown.startBuild(new PageLinks(outputs, contentFolder));
        // Pages are rendered in parallel (the renderer is thread-safe), kept in source order; a page whose
        // file and linked pages are unchanged since this object's last build is not rendered again.
        List<Page> pages = documents.parallelStream().map(doc -> {
            watchdog.working(doc.path());
            return markdown.page(doc);
        }).toList();
        pages.forEach(page -> page.rendered().problems().forEach(problems::error));
        return pages;
    }
}
