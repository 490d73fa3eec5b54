package org.whichtherapist.render.jbake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.lang3.LocaleUtils;
import org.apache.commons.lang3.function.FailableRunnable;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.template.RenderingException;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.render.ListPage;
import org.whichtherapist.render.OutputSettings;
import org.whichtherapist.render.SiteLists;
import org.whichtherapist.render.TemplateCheck;
import org.whichtherapist.source.ContentType;

/**
 * Writes the site's files: each page with the template its type names, then the files made from the whole site
 * (the {@link SiteLists}, feed, sitemap, 404 page and {@code site.extra_files}), each with its setting's template.
 * It is JBake's {@code Oven.bake()} without its database and crawler: the outputs the {@link BakeScope} names
 * rendered on all cores at once, then JBake copies the assets.
 */
final class SiteRenderer {
    /** jbake.properties: how many articles or topic pages one page of a list shows. */
    private static final String LIST_PAGE_SIZE = "site.list_page_size";
    private static final int DEFAULT_LIST_PAGE_SIZE = 30;

    private final JBakeConfiguration config;
    private final SiteTemplateEngine templates;
    private final SiteContent site;
    private final SiteLists lists;
    private final Optional<Path> lastSite;
    /** The folders this renderer has made (or found), so each is made once. */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    /** A file made from the whole site: where it goes, the type naming its template, the list page it shows (or null). */
    record Output(String uri, String type, ListPage listPage) {
    }

    SiteRenderer(JBakeConfiguration config, SiteTemplateEngine templates, SiteContent site, Optional<Path> lastSite) {
        this.config = config;
        this.lastSite = lastSite;
        this.templates = templates;
        this.site = site;
        this.lists = lists(config, site);
        new JBakeConfigurationInspector(config).inspect();
    }

    private record Job(String uri, FailableRunnable<Exception> work) {
        Throwable run() {
            try {
                work.run();
                return null;
            } catch (Exception e) {
                return e;
            }
        }
    }

    /** Bakes what {@code scope} names, recording into {@code dependencies}; returns what went wrong (nothing, on success). */
    List<Throwable> bake(BakeScope scope, BodyDependencies dependencies) {
        String locale = config.getJvmLocale();
        if (locale != null) {
            Locale.setDefault(LocaleUtils.toLocale(locale));
        }
        Stream<Job> pages = site.all().stream().map(page -> new Job(page.uri(), () -> render(page)));
        Stream<Job> wholeSite = outputs().stream().map(output -> new Job(output.uri(), () -> write(output)));
        List<Throwable> errors = new ArrayList<>(Stream.concat(pages, wholeSite).toList().parallelStream()
                .filter(job -> scope.renders().test(BodyDependencies.pagePart(job.uri())))
                .map(job -> dependencies.record(job.uri(), job::run)).filter(Objects::nonNull).toList());
        if (scope.whole()) {
            Asset asset = new Asset(config);
            asset.copy();
            asset.copyAssetsFromContent(config.getContentFolder());
            errors.addAll(asset.getErrors());
        }
        return errors;
    }

    private static SiteLists lists(JBakeConfiguration config, SiteContent site) {
        String value = JBakeBaker.setting(config, LIST_PAGE_SIZE);
        int size = value.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(value) : DEFAULT_LIST_PAGE_SIZE;
        String index = config.getIndexFileName();
        int homeSize = config.getPaginateIndex() ? config.getPostsPerPage() : Math.max(1, site.articles().size());
        Map<String, List<ListPage>> topics = new LinkedHashMap<>();
        if (config.getRenderTags()) {
            site.topics().forEach((topic, pages) -> topics.put(topic, ListPage.split(topic, pages, size,
                    ListPage.numbered(config.getTagPathName() + "/" + topic + config.getOutputExtension()))));
        }
        return new SiteLists(
                config.getRenderIndex() ? ListPage.split("", site.articles(), homeSize,
                        n -> n == 1 ? index : n + "/" + index) : List.of(),
                config.getRenderArchive() ? ListPage.split("", site.articles(), size,
                        ListPage.numbered(config.getArchiveFileName())) : List.of(),
                topics, config.getRenderTagsIndex() ? config.getTagPathName() + "/index" + config.getOutputExtension() : "");
    }

    /** Every file made from the whole site, in the order of the settings. */
    private List<Output> outputs() {
        List<Output> outputs = new ArrayList<>();
        lists.home().forEach(page -> outputs.add(new Output(page.uri(), "masterindex", page)));
        lists.articles().forEach(page -> outputs.add(new Output(page.uri(), "archive", page)));
        lists.topicPages().values().forEach(pages -> pages.forEach(page -> outputs.add(new Output(page.uri(), "tag", page))));
        if (!lists.topicIndex().isEmpty()) {
            outputs.add(new Output(lists.topicIndex(), "tagsindex", null));
        }
        if (config.getRenderFeed()) {
            outputs.add(new Output(config.getFeedFileName(), "feed", null));
        }
        if (config.getRenderSiteMap()) {
            outputs.add(new Output(config.getSiteMapFileName(), "sitemap", null));
        }
        if (config.getRenderError404()) {
            outputs.add(new Output(config.getError404FileName(), SiteTemplateEngine.ERROR_PAGE_TYPE, null));
        }
        OutputSettings.extraFiles(JBakeBaker.setting(config, OutputSettings.EXTRA_FILES)).forEach(file -> outputs.add(new Output(file, "extra", null)));
        return outputs;
    }

    /** Writes one page with the template its type names. */
    private void render(Page page) throws RenderingException {
        String type = page.source().type().map(ContentType::jbakeType).orElseThrow();
        write(page.uri(), type, page.source().path(), config.getTemplateByDocType(type), Map.of());
    }

    private void write(Output output) throws RenderingException {
        String template = output.type().equals("extra") ? output.uri() + TemplateCheck.TEMPLATE_EXTENSION
                : config.getTemplateByDocType(output.type());
        write(output.uri(), output.type(), null, template, output.listPage() == null ? Map.of("lists", lists)
                : Map.of("lists", lists, "listPage", output.listPage()));
    }

    /**
     * Renders the output at {@code uri} with {@code template} into a new file: one create per file (JBake's own
     * renderer checks, creates and opens each file again, which on a busy disk cost a third of the bake), or a link
     * to the last site's file when the bytes are the same (cheaper still, and the file keeps its stamp).
     */
    private void write(String uri, String type, String file, String template, Map<String, Object> extra)
            throws RenderingException {
        Path out = config.getDestinationFolder().toPath().resolve(uri);
        try {
            Path folder = out.getParent();
            if (!madeFolders.contains(folder)) {
                Files.createDirectories(folder);
                madeFolders.add(folder);
            }
            byte[] bytes = templates.render(uri, type, file, template, extra).getBytes(StandardCharsets.UTF_8);
            SiteFiles.writeOrLink(out, bytes, lastSite.map(last -> last.resolve(uri)));
        } catch (IOException e) {
            throw new RenderingException("cannot write " + uri + ": " + e.getMessage());
        }
    }
}
