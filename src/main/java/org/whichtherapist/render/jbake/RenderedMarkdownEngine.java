package org.whichtherapist.render.jbake;

import java.io.File;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * JBake's engine for {@code .md} files: it only claims the extensions, so JBake never copies Markdown as assets;
 * asked to parse a file, it fails (a page slipped past the build's own loading).
 */
public final class RenderedMarkdownEngine extends MarkupEngine {
    public static final List<String> EXTENSIONS = List.of("md", "markdown");

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        throw new IllegalStateException("JBake was asked to read " + file + " itself; every page should reach it"
                + " already rendered");
    }
}
