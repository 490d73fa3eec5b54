package org.whichtherapist.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.whichtherapist.bake.JBakeBaker;
import org.whichtherapist.bake.SiteSettings;
import org.whichtherapist.bake.TemplateCheck;
import org.whichtherapist.content.ContentLoader;
import org.whichtherapist.content.ContentValidator;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.content.SourceDocument;
import org.whichtherapist.deploy.HostFiles;
import org.whichtherapist.deploy.Precompressor;
import org.whichtherapist.deploy.SiteArchive;
import org.whichtherapist.deploy.SiteAssets;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.markdown.PageLinks;
import org.whichtherapist.markdown.RenderedMarkdown;

/**
 * The whole build, as a chain of stages:
 * <ol>
 *   <li>load: read every file under content/ ({@link ContentLoader});</li>
 *   <li>validate: front matter and references ({@link ContentValidator}), templates ({@link TemplateCheck});</li>
 *   <li>select: drop drafts and future-dated pages unless previewing ({@link ContentSelection});</li>
 *   <li>render Markdown: flexmark, with links between pages resolved ({@link MarkdownRenderer});</li>
 *   <li>bake: JBake writes pages, lists, feed and assets into a staging folder ({@link JBakeBaker});</li>
 *   <li>prepare for hosting: fingerprinted asset names ({@link SiteAssets}), host files
 *       ({@link HostFiles});</li>
 *   <li>check the output ({@link OutputCheck}) and its links ({@link LinkCheck});</li>
 *   <li>publish: precompressed copies ({@link Precompressor}), then the site replaces the old one
 *       ({@link OutputPublisher}) and is zipped ({@link SiteArchive}).</li>
 * </ol>
 * Each stage collects every problem it finds; the build stops after a stage that found any.
 */
public final class SiteBuild {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ContentValidator validator = new ContentValidator();
    private final OutputPublisher publisher = new OutputPublisher();

    public BuildReport run(BuildOptions options) throws BuildFailedException, IOException {
        Instant start = Instant.now();
        Path project = options.projectFolder().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        JBakeBaker baker = new JBakeBaker(project, markdown);
        DefaultJBakeConfiguration config = baker.configuration(output);

        Problems problems = TemplateCheck.check(config, project);
        problems.addAll(SiteSettings.checkAddress(String.valueOf(config.get(SiteSettings.ADDRESS))));
        ContentLoader.Loaded loaded = new ContentLoader(project).load(config.getContentFolder().toPath());
        problems.addAll(loaded.problems());
        problems.addAll(validator.validate(loaded.documents()));
        problems.throwIfAny();

        List<SourceDocument> selected = new ContentSelection(options.mode(), options.today())
                .select(loaded.documents());
        problems.addAll(validator.checkReferencesArePublished(selected, loaded.documents()));
        problems.addAll(validator.checkAliasesAreFree(selected));
        problems.throwIfAny();

        SiteContent site = new SiteContent(render(selected, config.getContentFolder().toPath(), problems));
        problems.throwIfAny();

        SiteAssets assets = SiteAssets.read(config.getAssetFolder().toPath());
        String siteAddress = String.valueOf(config.get(SiteSettings.ADDRESS));
        Path staging = publisher.stagingFolder(output);
        try {
            int pages = baker.bake(site, assets, staging);
            assets.fingerprint(staging);
            new HostFiles(siteAddress).write(staging, site, assets);
            OutputCheck.Result checked = new OutputCheck().check(staging, options.mode());
            checked.problems().throwIfAny();
            new LinkCheck(staging, siteAddress, site, project).check().throwIfAny();
            PageWeights weights = PageWeights.measure(staging);
            if (options.mode() == BuildMode.PREVIEW) {
                publisher.mirror(staging, output);
            } else {
                if (!"false".equals(String.valueOf(config.get(Precompressor.SETTING)))) {
                    new Precompressor().compress(staging);
                }
                publisher.replace(staging, output);
                new SiteArchive().write(output);
            }
            return new BuildReport(pages, countFiles(output), problems.warnings(), output,
                    Duration.between(start, Instant.now()), weights);
        } finally {
            publisher.discard(staging);
        }
    }

    private static int countFiles(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(folder)) {
            return (int) walk.filter(java.nio.file.Files::isRegularFile).count();
        }
    }

    private List<Page> render(List<SourceDocument> documents, Path contentFolder, Problems problems) {
        Map<String, String> outputs = new LinkedHashMap<>();
        documents.forEach(doc -> outputs.put(doc.contentPath(), doc.outputUri()));
        PageLinks links = new PageLinks(outputs, contentFolder);
        List<Page> pages = new ArrayList<>();
        for (SourceDocument doc : documents) {
            RenderedMarkdown rendered = markdown.render(doc, links);
            rendered.problems().forEach(problems::error);
            pages.add(Page.of(doc, rendered));
        }
        return pages;
    }
}
