package org.whichtherapist.render.jbake;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.render.ListPage;

/**
 * JBake's renderer plus what this site writes its own way: the site's extra files
 * ({@code site.extra_files} in jbake.properties, e.g. robots.txt), each rendered from
 * {@code templates/<file name>.ftl}, and the article list and topic pages split into pages of
 * {@code site.list_page_size} ({@link ListPage}), so none outgrows the first round trip.
 */
public final class SiteRenderer extends Renderer {
    public static final String EXTRA_FILES = "site.extra_files";
    /** jbake.properties: how many articles or topic pages one page of a list shows. */
    public static final String LIST_PAGE_SIZE = "site.list_page_size";
    static final int DEFAULT_LIST_PAGE_SIZE = 30;

    private final JBakeConfiguration config;
    private final SiteTemplateEngine templates;
    private final ContentStore db;
    private final SiteContent site;

    public SiteRenderer(ContentStore db, JBakeConfiguration config, SiteTemplateEngine templates, SiteContent site) {
        super(db, config, templates);
        this.config = config;
        this.templates = templates;
        this.db = db;
        this.site = site;
    }

    public static List<String> extraFiles(JBakeConfiguration config) {
        Object value = config.get(EXTRA_FILES);
        if (value == null) {
            return List.of();
        }
        String text = value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : value.toString();
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** How many items a page of a long list holds: {@code site.list_page_size}, else 30. */
    public static int listPageSize(JBakeConfiguration config) {
        String value = String.valueOf(config.get(LIST_PAGE_SIZE)).strip();
        return value.matches("[1-9][0-9]{0,4}") ? Integer.parseInt(value) : DEFAULT_LIST_PAGE_SIZE;
    }

    /** Renders every extra file; returns how many were written. */
    public int renderExtraFiles() throws RenderingException {
        int count = 0;
        for (String fileName : extraFiles(config)) {
            TemplateModel model = model("extra", fileName);
            write(fileName, fileName + SiteTemplateEngine.TEMPLATE_EXTENSION, model);
            count++;
        }
        return count;
    }

    /** The article list, newest first, in pages: {@code articles.html}, {@code articles-page-2.html}, ... */
    public int renderArchivePages() throws RenderingException {
        if (!config.getRenderArchive()) {
            return 0;
        }
        List<ListPage<org.whichtherapist.content.Page>> pages = ListPage.split(site.articles(),
                config.getArchiveFileName(), listPageSize(config));
        for (ListPage<?> page : pages) {
            TemplateModel model = model("archive", page.uri());
            model.put("listPage", page);
            write(page.uri(), config.getTemplateByDocType("archive"), model);
        }
        return pages.size();
    }

    /**
     * A page for each topic with the pages that have it, in title order, split into pages
     * ({@code tags/knee.html}, {@code tags/knee-page-2.html}, ...), and the index of topics.
     */
    public int renderTagPages() throws RenderingException {
        if (!config.getRenderTags()) {
            return 0;
        }
        int count = 0;
        List<String> failed = new ArrayList<>();
        for (String tag : db.getAllTags()) {
            List<DocumentModel> tagged = new ArrayList<>(db.getPublishedDocumentsByTag(tag));
            tagged.sort(Comparator.comparing(DocumentModel::getTitle));
            for (ListPage<DocumentModel> page : ListPage.split(tagged, config.getTagPathName() + "/" + tag
                    + config.getOutputExtension(), listPageSize(config))) {
                TemplateModel model = model("tag", page.uri());
                model.setTag(tag);
                model.put("listPage", page);
                try {
                    write(page.uri(), config.getTemplateByDocType("tag"), model);
                    count++;
                } catch (RenderingException e) {
                    failed.add(e.getMessage());
                }
            }
        }
        if (config.getRenderTagsIndex()) {
            String index = config.getTagPathName() + "/index" + config.getOutputExtension();
            write(index, config.getTemplateByDocType("tagsindex"), model("tagindex", index));
            count++;
        }
        if (!failed.isEmpty()) {
            throw new RenderingException("Failed to render tags. Cause(s):\n" + String.join("\n", failed));
        }
        return count;
    }

    /** A model for a file that is not a content page, written at {@code uri} below the site root. */
    private TemplateModel model(String type, String uri) {
        TemplateModel model = new TemplateModel();
        model.setRenderer(templates);
        DocumentModel content = new DocumentModel();
        content.setType(type);
        content.setRootPath("../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        content.setUri(uri);
        model.setContent(content);
        return model;
    }

    private void write(String uri, String template, TemplateModel model) throws RenderingException {
        File out = new File(config.getDestinationFolder(), uri);
        try {
            Files.createDirectories(out.toPath().getParent());
            try (Writer writer = SiteFiles.newWriter(out.toPath())) {
                templates.renderDocument(model, template, writer);
            }
        } catch (IOException e) {
            throw new RenderingException("cannot write " + uri + ": " + e.getMessage());
        }
    }
}
