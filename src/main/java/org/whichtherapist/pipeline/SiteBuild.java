package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.whichtherapist.check.BuiltPages;
import org.whichtherapist.check.LinkCheck;
import org.whichtherapist.check.OutputCheck;
import org.whichtherapist.check.PolicyCheck;
import org.whichtherapist.check.PageWeights;
import org.whichtherapist.content.ArticleLength;
import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.schema.ContentSelection;
import org.whichtherapist.schema.ContentValidator;
import org.whichtherapist.health.HealthChecks;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.content.Page;
import org.whichtherapist.photos.PictureFields;
import org.whichtherapist.content.SearchWords;
import org.whichtherapist.health.PublishReadiness;
import org.whichtherapist.core.BuildMode;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.source.SourceDocument;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.Problems;
import org.whichtherapist.markdown.MarkdownCache;
import org.whichtherapist.markdown.PageLinks;
import org.whichtherapist.publish.AdminFiles;
import org.whichtherapist.publish.EditorConfig;
import org.whichtherapist.publish.EditorSettings;
import org.whichtherapist.publish.HostFiles;
import org.whichtherapist.publish.Precompressor;
import org.whichtherapist.render.BakeInput;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.render.ContentSecurityPolicy;
import org.whichtherapist.render.OutputNames;
import org.whichtherapist.render.SearchIndex;
import org.whichtherapist.render.SiteAssets;
import org.whichtherapist.render.TemplateCheck;
import org.whichtherapist.render.jbake.JBakeBaker;
import org.whichtherapist.render.pictures.SitePictures;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.ledger.TargetFolders;

/**
 * The whole build, as a chain of stages (settings and folders, load, validate, select, Markdown, plan, bake,
 * pictures, editor, search index, host files and checks, precompress, zip, publish); each collects every
 * problem it finds, and the build stops after a stage that found any. What it reuses ({@link BuildMemory})
 * gives the same result as a fresh start. The stages are listed in docs/architecture.md.
 */
public final class SiteBuild {

    private SiteBuild() {
    }

    /** A one-off build into {@code options.output()}, with the slower steps' results kept on disk; the old output is replaced only on success. */
    public static BuildReport run(BuildOptions options) throws BuildFailedException, IOException {
        BuildMemory memory = new BuildMemory(KeptResults.in(new TargetFolders(options.projectFolder()).buildCache()));
        BuildReport report = run(options, memory, new StagedOutput());
        memory.kept.forgetUnused();
        return report;
    }

    /** A build that may reuse {@code memory} and writes through {@code writer}, under a {@link BuildWatchdog}. */
    public static BuildReport run(BuildOptions options, BuildMemory memory, SiteWriter writer)
            throws BuildFailedException, IOException {
        SiteSettings settings = SiteSettings.read(options.projectFolder().toAbsolutePath().normalize());
        BuildWatchdog watchdog = new BuildWatchdog(settings.buildTimeLimit());
        BuildContext context = new BuildContext(options, settings, watchdog, new StageTimes(), memory);
        return watchdog.run(() -> build(context, writer));
    }

    private static BuildReport build(BuildContext context, SiteWriter writer) throws BuildFailedException, IOException {
        // every setting is checked before JBake reads one
        Problems settings = context.settings().check();
        settings.throwIfAny();
        boolean trustedHtml = context.settings().isTrue(SiteSettings.TRUSTED_HTML);
        MarkdownCache markdown = context.memory().markdown(trustedHtml);
        CompletableFuture<Void> warmUp = LibraryWarmUp.start(markdown.renderer());
        JBakeBaker baker = new JBakeBaker(context.project(), context.settings(), context.memory().freemarker);
        Prepared prepared = prepare(context, baker, markdown, warmUp, settings);
        SiteContent site = prepared.site();
        SiteAssets assets = SiteAssets.read(baker.assetFolder());
        BakeInput input = new BakeInput(site, assets, SitePictures.prepare(context.project(), baker.contentFolder(),
                baker.assetFolder(), assets.stylesheet(), new SitePictures.SiteSettingsView(
                        context.settings().text("site.title").orElse(""), context.settings().address(), site)),
                ContentSecurityPolicy.of(assets, site, trustedHtml));
        BakePlan plan = BakePlan.of(context, site, baker, writer);
        BakeTarget target = plan.target();
        context.times().lap("plan");
        boolean baked = false;
        Packaging packaging = null;
        try {
            Instant bakeBegan = Instant.now();
            int pages = baker.bake(input, target, context.watchdog()::working);
            writer.baked(context, target);
            baked = true;
            if (writer.onlyBakesWrite()) {
                plan.keep(context, writer.stamp(context));
            }
            context.times().lap("bake");
            List<Problem> warnings = writePictures(context, input, target, prepared.warnings());
            writeEditor(context, site, baker, target);
            SearchIndex.Written search = context.memory().searchIndex.write(site, target);
            context.times().lap("search index");
            assets.fingerprint(target.folder());
            Precompressor compressing = Precompressor.start(target.folder(), context.precompresses(),
                    context.project());
            writeHostFiles(context, input, target);
            packaging = new Packaging(context, compressing, target.folder());
            BuiltPages built = check(context, input, target,
                    writer.onlyBakesWrite() ? Optional.of(bakeBegan) : Optional.empty());
            PageWeights weights = PageWeights.of(built, search);
            Precompressor.Result compressed = packaging.finish();
            if (context.options().mode() == BuildMode.PUBLISH) {
                context.times().lap(context.precompresses() ? "precompress and zip" : "zip");
            }
            SiteWriter.Published published = writer.write(context, target, built);
            if (!writer.onlyBakesWrite()) {
                plan.keep(context, published.stamp().isPresent() ? published.stamp().get() : writer.stamp(context));
            }
            context.times().lap("publish");
            return new BuildReport(new BuildReport.Written(context.output(), pages, published.files(), compressed, plan.baked()),
                    new BuildReport.Findings(warnings, prepared.notReady()), weights, context.times(),
                    prepared.readingLevels());
        } catch (BuildFailedException | IOException | RuntimeException e) {
            if (packaging != null) {
                packaging.abandon();
            }
            if (!baked) {
                context.memory().ledger.forget();
            }
            writer.abandon(target);
            throw e;
        }
    }

    /** Share cards and resized photos ({@link SitePictures}); returns {@code warnings} with the pictures' own. */
    private static List<Problem> writePictures(BuildContext context, BakeInput input, BakeTarget target,
                                               List<Problem> warnings) throws BuildFailedException, IOException {
        Problems problems = input.pictures().write(target.folder());
        problems.throwIfAny();
        if (target.scope().whole() && context.memory().kept.keeps() && new TargetFolders(context.project()).ownsPictures()) {
            input.pictures().forgetUnused();
        }
        context.times().lap("pictures");
        return Stream.concat(warnings.stream(), problems.warnings().stream()).toList();
    }

    /** The editor at admin/ ({@link AdminFiles}), unless {@code site.admin=false}. */
    private static void writeEditor(BuildContext context, SiteContent site, JBakeBaker baker, BakeTarget target)
            throws IOException {
        String contentFolder = ContentLoader.relative(context.project(), baker.contentFolder());
        EditorConfig.Place place = new EditorConfig.Place(contentFolder, context.settings().text("site.title").orElse(""),
                context.options().mode().includesDrafts() ? Optional.empty() : Optional.of(context.settings().address()));
        new AdminFiles(EditorSettings.read(context.settings()), context.project()).write(target.folder(), site, place,
                context.memory().editor);
        context.times().lap("editor");
    }

    /** The site to bake, the warnings found on the way, what is not ready to publish, and the reading levels table. */
    private record Prepared(SiteContent site, List<Problem> warnings, List<Problem> notReady,
                            Supplier<String> readingLevels) {
    }

    /** Folders, content loaded, validated, selected and rendered to HTML; {@code problems}: the settings' warnings. */
    private static Prepared prepare(BuildContext context, JBakeBaker baker, MarkdownCache markdown,
                                    CompletableFuture<Void> warmUp, Problems problems)
            throws BuildFailedException, IOException {
        problems.addAll(EditorSettings.check(context.settings()));
        ArticleLength articleLength = ArticleLength.read(context.settings(), problems);
        problems.throwIfAny();
        problems.addAll(new SourceFolders(context.project()).check(List.of(baker.contentFolder(), baker.assetFolder(),
                baker.templateFolder()), context.output()));
        problems.throwIfAny();
        problems.addAll(TemplateCheck.check(baker, context.settings()));
        warmUp.join();
        ContentLoader.Loaded loaded = new ContentLoader(context.project(), context.memory().loadedContent)
                .load(baker.contentFolder(), context.watchdog()::working);
        problems.addAll(loaded.problems());
        Problems dataFiles = new Problems();
        HealthChecks health = HealthChecks.read(context.project(), baker.contentFolder(), context.settings(), dataFiles);
        Path searchFile = baker.contentFolder().resolve(SearchWords.FILE);
        SearchWords search = SearchWords.read(searchFile, ContentLoader.relative(context.project(), searchFile), dataFiles);
        problems.addAll(dataFiles);
        // Pages are checked against the data files: with one wrong, every page naming its records would be wrong too.
        if (dataFiles.hasErrors()) {
            problems.throwIfAny();
        }
        List<SourceDocument> documents = health.withDataPages(loaded.documents());
        context.times().lap("load");
        ContentValidator validator = context.memory().validator;
        problems.addAll(validator.validate(documents));
        problems.addAll(validator.checkAliasesAreFree(documents));
        problems.addAll(health.checkReferences(documents));
        problems.addAll(PictureFields.check(documents, baker.contentFolder()));
        List<Problem> notReady = PublishReadiness.check(health.data(), context.settings(), loaded.documents(),
                context.memory().checkedPages);
        boolean goesLive = context.options().mode() == BuildMode.PUBLISH && context.settings().isRealAddress();
        if (goesLive) {
            notReady.forEach(problems::error);
        }
        problems.throwIfAny();
        problems.addAll(OutputNames.of(context.project(), baker, context.settings(), documents).check());
        problems.throwIfAny();
        List<SourceDocument> selected = new ContentSelection(context.options().mode(), context.options().today())
                .select(documents);
        problems.addAll(validator.checkReferencesArePublished(selected, documents));
        problems.addAll(search.checkPages(selected));
        problems.addAll(health.checkPages(selected, context.options().mode(), context.options().today(),
                context.memory().checkedPages));
        problems.throwIfAny();
        context.times().lap("validate");
        markdown.useUrgentCare(health.data().care(), health.data().people()).forEach(problems::error);
        PageLinks links = pageLinks(selected, baker.contentFolder(), Set.copyOf(health.data().sources().ids()));
        SiteContent site = new SiteContent(render(context, markdown, selected, links, problems), health.data(),
                markdown.urgentCare().byLevelId(), search);
        problems.throwIfAny();
        problems.addAll(articleLength.check(site.all()));
        context.times().lap("markdown");
        return new Prepared(site, problems.warnings(), goesLive ? List.of() : notReady, health::readingLevelTable);
    }

    /** What the hosts read ({@link HostFiles}): headers, redirects, robots.txt. */
    private static void writeHostFiles(BuildContext context, BakeInput baked, BakeTarget target) throws IOException {
        new HostFiles(context.settings().address(), baked.policy()).write(target.folder(), baked.site(),
                baked.assets(), new AdminFiles(EditorSettings.read(context.settings()), context.project()));
        context.times().lap("host files");
    }

    /**
     * The checks of the baked site, every page read once; {@code onlyBakesSince}: for a folder only bakes write,
     * when this build's bake began (older files are as they were last read).
     */
    private static BuiltPages check(BuildContext context, BakeInput baked, BakeTarget target,
                                    Optional<Instant> onlyBakesSince) throws BuildFailedException, IOException {
        SiteContent site = baked.site();
        context.watchdog().working("the finished site in " + target.folder().getFileName());
        BuiltPages built = context.memory().scanner.read(target.folder(), onlyBakesSince);
        context.times().lap("read pages");
        new OutputCheck().check(built, context.options().mode()).throwIfAny();
        PolicyCheck.check(built).throwIfAny();
        context.times().lap("output check");
        new LinkCheck(built, context.settings().address(), site, context.project(), context.memory().links).check()
                .throwIfAny();
        context.times().lap("link check");
        context.watchdog().checkNotStopped();
        return built;
    }

    /** Where every page is written, its old addresses, and the sources a citation may name. */
    private static PageLinks pageLinks(List<SourceDocument> documents, Path contentFolder, Set<String> sourceIds) {
        Map<String, String> outputs = new LinkedHashMap<>();
        Map<String, String> oldAddresses = new LinkedHashMap<>();
        documents.forEach(doc -> {
            outputs.put(doc.contentPath(), doc.outputUri());
            doc.frontMatter().textList("aliases").forEach(alias -> oldAddresses.put(alias, doc.contentPath()));
        });
        return new PageLinks(outputs, contentFolder, oldAddresses, sourceIds);
    }

    private static List<Page> render(BuildContext context, MarkdownCache markdown, List<SourceDocument> documents,
                                     PageLinks links, Problems problems) {
        markdown.startBuild(links);
        // Pages are rendered in parallel (the renderer is thread-safe), kept in source order; a page whose
        // file and linked pages are unchanged since an earlier build in this memory is not rendered again.
        List<Page> pages = documents.parallelStream().map(doc -> {
            context.watchdog().working(doc.path());
            return markdown.page(doc);
        }).toList();
        pages.forEach(page -> page.rendered().problems().forEach(problems::error));
        return pages;
    }
}
