package org.whichtherapist.render.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.content.ContentLoader;
import org.whichtherapist.content.FrontMatterParser;
import org.whichtherapist.content.Page;
import org.whichtherapist.content.SourceDocument;
import org.whichtherapist.content.RenderedMarkdown;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.markdown.PageLinks;

/**
 * JBake's entry point for {@code .md} files: reads YAML front matter (or JBake's own header)
 * and renders the body with this project's {@link MarkdownRenderer}, instead of JBake's own
 * flexmark 0.62 pegdown set-up. The build registers it before every bake so it always wins;
 * JBake uses it for any Markdown file it parses itself.
 */
public final class FlexmarkMarkupEngine extends MarkupEngine {
    public static final List<String> EXTENSIONS = List.of("md", "markdown");

    private final MarkdownRenderer markdown;

    public FlexmarkMarkupEngine() {
        this(new MarkdownRenderer());
    }

    public FlexmarkMarkupEngine(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        try {
            Path contentFolder = config.getContentFolder().toPath();
            String contentPath = ContentLoader.relative(contentFolder, file.toPath());
            String path = ContentLoader.relative(config.getSourceFolder().toPath(), file.toPath());
            SourceDocument source = new SourceDocument(path, contentPath,
                    new FrontMatterParser().parse(path, java.nio.file.Files.readString(file.toPath())));
            return toModel(source, PageLinks.NONE);
        } catch (IOException | FrontMatterParser.HeaderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Renders one source document into the model JBake stores. */
    public DocumentModel toModel(SourceDocument source, PageLinks links) {
        RenderedMarkdown rendered = markdown.render(source, links);
        if (!rendered.problems().isEmpty()) {
            throw new IllegalArgumentException(new BuildFailedException(rendered.problems()).getMessage());
        }
        return DocumentModels.from(Page.of(source, rendered));
    }
}
