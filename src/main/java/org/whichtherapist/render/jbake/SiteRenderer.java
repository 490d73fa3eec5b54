package org.whichtherapist.render.jbake;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's renderer plus the site's extra files ({@code site.extra_files} in jbake.properties,
 * e.g. robots.txt), each rendered from {@code templates/<file name>.ftl}.
 */
public final class SiteRenderer extends Renderer {
    public static final String EXTRA_FILES = "site.extra_files";

    private final JBakeConfiguration config;
    private final SiteTemplateEngine templates;

    public SiteRenderer(ContentStore db, JBakeConfiguration config, SiteTemplateEngine templates) {
        super(db, config, templates);
        this.config = config;
        this.templates = templates;
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

    /** Renders every extra file; returns how many were written. */
    public int renderExtraFiles() throws RenderingException {
        int count = 0;
        for (String fileName : extraFiles(config)) {
            TemplateModel model = new TemplateModel();
            model.setRenderer(templates);
            DocumentModel content = new DocumentModel();
            content.setType("extra");
            content.setRootPath("");
            content.setUri(fileName);
            model.setContent(content);
            File out = new File(config.getDestinationFolder(), fileName);
            try (Writer writer = Files.newBufferedWriter(out.toPath(), StandardCharsets.UTF_8)) {
                templates.renderDocument(model, fileName + SiteTemplateEngine.TEMPLATE_EXTENSION, writer);
            } catch (IOException e) {
                throw new RenderingException("cannot write " + fileName + ": " + e.getMessage());
            }
            count++;
        }
        return count;
    }
}
