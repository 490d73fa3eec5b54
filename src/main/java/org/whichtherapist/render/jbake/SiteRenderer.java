package org.whichtherapist.render.jbake;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.render.ListPage;
import org.whichtherapist.render.OutputSettings;
import org.whichtherapist.render.SiteLists;
import org.whichtherapist.render.TemplateCheck;
import org.whichtherapist.source.ContentType;

/**
 * Writes the site's files: each page with the template its type names, then the files made from the whole site
 * (the {@link SiteLists}, feed, sitemap, 404 page and {@code site.extra_files}), each with its setting's template.
 */
final class SiteRenderer {
    /** jbake.properties: how many articles or topic pages one page of a list shows. */
    private static final String LIST_PAGE_SIZE = "site.list_page_size";
    private static final int DEFAULT_LIST_PAGE_SIZE = 30;

    private final JBakeConfiguration config;
    private final SiteTemplateEngine templates;
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
        this.lists = lists(config, site);
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
    List<Output> outputs() {
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
    void render(Page page) throws RenderingException {
        String type = page.source().type().map(ContentType::jbakeType).orElseThrow();
        write(page.uri(), document(type, page.uri(), page.source().path()), config.getTemplateByDocType(type),
                model -> { });
    }

    void write(Output output) throws RenderingException {
        String template = output.type().equals("extra") ? output.uri() + TemplateCheck.TEMPLATE_EXTENSION
                : config.getTemplateByDocType(output.type());
        write(output.uri(), document(output.type(), output.uri(), null), template, model -> {
            model.put("lists", lists);
            model.put("listPage", output.listPage());
        });
    }

    /**
     * Renders {@code document} with {@code template} into a new file at {@code uri}: one create per file (JBake's own
     * renderer checks, creates and opens each file again, which on a busy disk cost a third of the bake), or a link
     * to the last site's file when the bytes are the same (cheaper still, and the file keeps its stamp).
     */
    private void write(String uri, DocumentModel document, String template, Consumer<TemplateModel> extra)
            throws RenderingException {
        TemplateModel model = new TemplateModel();
        model.setRenderer(templates);
        model.setContent(document);
        extra.accept(model);
        Path out = config.getDestinationFolder().toPath().resolve(uri);
        try {
            Path folder = out.getParent();
            if (!madeFolders.contains(folder)) {
                Files.createDirectories(folder);
                madeFolders.add(folder);
            }
            StringWriter text = new StringWriter(1 << 15);
            templates.renderDocument(model, template, text);
            SiteFiles.writeOrLink(out, text.toString().getBytes(StandardCharsets.UTF_8),
                    lastSite.map(site -> site.resolve(uri)));
        } catch (IOException e) {
            throw new RenderingException("cannot write " + uri + ": " + e.getMessage());
        }
    }

    /** What the template engine needs of an output: its type, address, source file and way up to the site root. */
    private static DocumentModel document(String type, String uri, String file) {
        DocumentModel document = new DocumentModel();
        document.setType(type);
        document.setUri(uri);
        document.setFile(file);
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setRootPath("../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        return document;
    }
}
