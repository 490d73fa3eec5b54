package org.whichtherapist.render.jbake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.render.Error404Renderer;
import org.jbake.render.FeedRenderer;
import org.jbake.render.IndexRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.render.SitemapRenderer;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;
import org.whichtherapist.render.BodyReads;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BodyDependencies;

/**
 * JBake's {@code Oven.bake()}, step for step, minus its database: register the document types,
 * crawl, run JBake's rendering tools, copy the assets. JBake's Oven cannot run without starting
 * OrientDB, which costs a second and keeps every query on one thread; the pages here are kept in
 * an {@link InMemoryContentStore}, so the work spreads over all cores: content pages first
 * ({@link ParallelDocumentsRenderer}, in the place of JBake's {@code DocumentsRenderer}), then
 * JBake's list renderers (index, feed, sitemap, 404), the article list and topic pages split into pages
 * ({@link PagedArchiveRenderer}, {@link PagedTagsRenderer}) and the extra files, side by side.
 */
final class SiteOven {
    /** One listener for every bake: JBake keeps listeners for the life of the JVM. */
    private static final ModelExtractorsDocumentTypeListener EXTRACTORS = new ModelExtractorsDocumentTypeListener();

    private final JBakeConfiguration config;
    private final ContentStore store;
    private final Crawler crawler;
    private final Renderer renderer;
    private final List<Throwable> errors = new ArrayList<>();

    SiteOven(JBakeConfiguration config, ContentStore store, Crawler crawler, Renderer renderer) {
        new JBakeConfigurationInspector(config).inspect();
        this.config = config;
        this.store = store;
        this.crawler = crawler;
        this.renderer = renderer;
    }

    /** Bakes what {@code scope} names, recording into {@code dependencies}; returns what went wrong (nothing, on success). */
    List<Throwable> bake(BakeScope scope, BodyDependencies dependencies) {
        String locale = config.getJvmLocale();
        if (locale != null) {
            Locale.setDefault(LocaleUtils.toLocale(locale));
        }
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(EXTRACTORS);
        config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
        DocumentTypes.addDocumentType(config.getDataFileDocType());

        crawler.crawl();
        crawler.crawlDataFiles();
        // Content pages first, on all cores; then JBake's other rendering tools (in the order its
        // service file lists them, then the site's extra files), also side by side: each writes its
        // own files, and the store keeps the index's paging per thread.
        run(new ParallelDocumentsRenderer(scope, dependencies)).ifPresent(errors::add);
        List<RenderingTool> lists = List.of(new PagedArchiveRenderer(), new FeedRenderer(), new IndexRenderer(),
                new SitemapRenderer(), new PagedTagsRenderer(), new Error404Renderer(), new ExtraFilesRenderer());
        lists.parallelStream().filter(tool -> scope.renders().test(BodyDependencies.listPart(tool))).map(tool -> {
            BodyReads.Recorded<Optional<RenderingException>> ran = BodyReads.recording(() -> run(tool));
            dependencies.record(BodyDependencies.listPart(tool), ran.bodiesRead());
            return ran.result();
        }).toList().forEach(failed -> failed.ifPresent(errors::add));
        if (scope.whole()) {
            Asset asset = new Asset(config);
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            errors.addAll(asset.getErrors());
        }
        return errors;
    }

    /** Runs one tool; returns what went wrong, if anything. */
    private Optional<RenderingException> run(RenderingTool tool) {
        try {
            tool.render(renderer, store, config);
            return Optional.empty();
        } catch (RenderingException e) {
            return Optional.of(e);
        }
    }
}
