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
import org.whichtherapist.bake.TemplateCheck;
import org.whichtherapist.content.ContentLoader;
import org.whichtherapist.content.ContentValidator;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.content.SourceDocument;
import org.whichtherapist.markdown.MarkdownCache;
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
 *   <li>check the output ({@link OutputCheck}) and its links ({@link LinkCheck}), then put it in
 *       place ({@link OutputPublisher}).</li>
 * </ol>
 * Each stage collects every problem it finds; the build stops after a stage that found any.
 */
public final class SiteBuild {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ContentValidator validator = new ContentValidator();
    private final OutputPublisher publisher = new OutputPublisher();
    private final MarkdownCache renderedMarkdown = new MarkdownCache(markdown);

    public BuildReport run(BuildOptions options) throws BuildFailedException, IOException {
        Instant start = Instant.now();
        Path project = options.projectFolder().toAbsolutePath().normalize();
        Path output = options.output().toAbsolutePath().normalize();
        JBakeBaker baker = new JBakeBaker(project, markdown);
        DefaultJBakeConfiguration config = baker.configuration(output);

        Problems problems = TemplateCheck.check(config, project);
        ContentLoader.Loaded loaded = new ContentLoader(project).load(config.getContentFolder().toPath());
        problems.addAll(loaded.problems());
        problems.addAll(validator.validate(loaded.documents()));
        problems.throwIfAny();

        List<SourceDocument> selected = new ContentSelection(options.mode(), options.today())
                .select(loaded.documents());
        problems.addAll(validator.checkReferencesArePublished(selected, loaded.documents()));
        problems.throwIfAny();

        SiteContent site = new SiteContent(render(selected, problems));
        problems.throwIfAny();

        Path staging = publisher.stagingFolder(output);
        try {
            int pages = baker.bake(site, staging);
            OutputCheck.Result checked = new OutputCheck().check(staging, options.mode());
            checked.problems().throwIfAny();
            new LinkCheck(staging, String.valueOf(config.get("site.host")), site, project).check().throwIfAny();
            if (options.mode() == BuildMode.PREVIEW) {
                publisher.mirror(staging, output);
            } else {
                publisher.replace(staging, output);
            }
            return new BuildReport(pages, checked.files(), problems.warnings(), output,
                    Duration.between(start, Instant.now()));
        } finally {
            publisher.discard(staging);
        }
    }

    private List<Page> render(List<SourceDocument> documents, Problems problems) {
        Map<String, String> outputs = new LinkedHashMap<>();
        documents.forEach(doc -> outputs.put(doc.contentPath(), doc.outputUri()));
        renderedMarkdown.startBuild(new PageLinks(outputs));
        // Pages are rendered in parallel (the renderer is thread-safe), kept in source order;
        // a page whose file is unchanged since this object's last build is not rendered again.
        List<RenderedMarkdown> rendered = documents.parallelStream().map(renderedMarkdown::render).toList();
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            rendered.get(i).problems().forEach(problems::error);
            pages.add(new Page(documents.get(i), rendered.get(i)));
        }
        return pages;
    }
}
