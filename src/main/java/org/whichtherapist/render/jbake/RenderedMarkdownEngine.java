package org.whichtherapist.render.jbake;

import java.io.File;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * JBake's engine for {@code .md} files, registered before every bake. Its only job is to claim the
 * extensions: JBake then never copies Markdown files as assets. The pages reach JBake already
 * loaded, checked and rendered; JBake asking this engine to parse a file would mean a page slipped
 * past the build's own loading, so it fails loudly.
 */
public final class RenderedMarkdownEngine extends MarkupEngine {
    public static final List<String> EXTENSIONS = List.of("md", "markdown");

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        throw new IllegalStateException("JBake was asked to read " + file + " itself; every page should reach it"
                + " already rendered");
    }
}
