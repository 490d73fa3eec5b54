package org.whichtherapist.render.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jbake.app.ContentStore;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problem;
import org.whichtherapist.markdown.MarkdownRenderer;
import org.whichtherapist.render.BakeScope;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.settings.SiteSettings;

/**
 * Runs JBake 2.7.0 as a library: its baking steps ({@link SiteOven}) with this project's page
 * store, crawler, template engine and Markdown engine. Every error JBake collects, and every template problem, fails the build.
 */
public final class JBakeBaker {

    private final Path projectFolder;
    private final MarkdownRenderer markdown;
    private final FreemarkerSetup freemarker;

    /** {@code freemarker}: kept by the caller between bakes (see {@link FreemarkerSetup}). */
    public JBakeBaker(Path projectFolder, MarkdownRenderer markdown, FreemarkerSetup freemarker) {
        this.projectFolder = projectFolder;
        this.markdown = markdown;
        this.freemarker = freemarker;
    }

    static {
        // OrientDB, inside JBake, logs through java.util.logging unless told otherwise.
        if (System.getProperty("log.console.level") == null) {
            System.setProperty("log.console.level", "severe");
        }
        // Freemarker picks the first logging library it finds; with log4j 1 on the class path (the
        // HTML validator brings it to tests) it would print set-up warnings instead of logging.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    /** Loads jbake.properties with the settings this build relies on forced to safe values. */
    public DefaultJBakeConfiguration configuration(Path destination) throws IOException {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectFolder.toFile(), destination.toFile(), true);
        SiteSettings.read(projectFolder.resolve(TemplateCheck.PROPERTIES)).applyTo(config);
        config.setClearCache(true);
        config.setProperty("img.path.update", false);
        config.setProperty("uri.noExtension", false);
        return config;
    }

    /**
     * Bakes {@code data.site()} into {@code destination} with the settings read by {@link #configuration}: the parts {@code scope} names, recording in
     * {@code dependencies} whose bodies each read; returns the number of pages.
     * {@code progress} hears which file each page comes from, as it is rendered.
     */
    public int bake(DefaultJBakeConfiguration config, TemplateData data, Path destination,
                    Consumer<String> progress, BakeScope scope, BodyDependencies dependencies)
            throws BuildFailedException, IOException {
        config.setDestinationFolder(destination.toFile());
        // Registered before every bake, so ours wins over any engine JBake found on the class path.
        FlexmarkMarkupEngine engine = new FlexmarkMarkupEngine(markdown);
        ContentStore db = new InMemoryContentStore();
        SiteTemplateEngine templates = new SiteTemplateEngine(db, config, freemarker.configuration(config, scope), data,
                progress);
        SiteOven oven = new SiteOven(config, db, new SiteCrawler(db, config, data.site()),
                new SiteRenderer(db, config, templates));
        List<Throwable> errors;
        // JBake keeps state for the whole JVM (its engine registry, document types, model extractors);
        // two bakes at once (a preview rebuild while another build runs, as in the tests) could mix them.
        synchronized (JBakeBaker.class) {
            for (String extension : FlexmarkMarkupEngine.EXTENSIONS) {
                Engines.register(extension, engine);
            }
            errors = oven.bake(scope, dependencies);
        }

        List<Problem> problems = new ArrayList<>(templates.problems());
        if (problems.isEmpty()) {
            for (Throwable error : errors) {
                problems.add(new Problem(relative(config.getTemplateFolder()), 0,
                        "JBake could not finish: " + firstLine(error.getMessage()),
                        "read the message above; it names the template or file involved"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        return data.site().all().size();
    }

    private String relative(File file) {
        return projectFolder.toAbsolutePath().relativize(file.toPath().toAbsolutePath()).toString().replace('\\', '/');
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.strip().replaceAll("\\s+", " ");
    }
}
