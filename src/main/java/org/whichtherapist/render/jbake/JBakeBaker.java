package org.whichtherapist.render.jbake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.commons.configuration2.ex.ConfigurationRuntimeException;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.apache.commons.configuration2.MapConfiguration;
import org.apache.commons.configuration2.convert.DisabledListDelimiterHandler;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.jbake.parser.Engines;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problem;
import org.whichtherapist.render.BakeInput;
import org.whichtherapist.render.BakeTarget;
import org.whichtherapist.render.OutputSettings;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.ContentLoader;

/**
 * Runs JBake 2.7.0's baking steps ({@link SiteRenderer}) on the pages this build has already loaded, checked and
 * rendered; every error JBake collects, and every template problem, fails the build.
 */
public final class JBakeBaker implements OutputSettings {

    private final Path projectFolder;
    private final FreemarkerSetup freemarker;
    private final DefaultJBakeConfiguration config;

    /**
     * JBake's configuration of the project: jbake.properties with {@code settings} in front, unsplit, and what this
     * build relies on forced.
     */
    public JBakeBaker(Path projectFolder, SiteSettings settings, FreemarkerSetup freemarker) throws IOException {
        this.projectFolder = projectFolder;
        this.freemarker = freemarker;
        this.config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(projectFolder.toFile(),
                projectFolder.resolve("target").toFile(), true);
        MapConfiguration siteSettings = new MapConfiguration(new TreeMap<>(settings.values()));
        siteSettings.setListDelimiterHandler(DisabledListDelimiterHandler.INSTANCE);
        config.getCompositeConfiguration().addConfigurationFirst(siteSettings);
        config.setClearCache(true);
        config.setProperty("img.path.update", false);
        config.setProperty("uri.noExtension", false);
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

    @Override
    public Path contentFolder() {
        return config.getContentFolder().toPath();
    }

    @Override
    public Path assetFolder() {
        return config.getAssetFolder().toPath();
    }

    @Override
    public Path templateFolder() {
        return config.getTemplateFolder().toPath();
    }

    /** JBake stopping over a setting it cannot use (a last resort: the settings are checked first). */
    private static Problem settingProblem(RuntimeException e) {
        return Problem.at(SiteSettings.FILE, 0, "JBake could not use a setting: " + oneLine(rootMessage(e)),
                "check the setting the message names, and what it accepts in docs/writing.md (\"Settings\")");
    }

    @Override
    public String get(String key) {
        return setting(config, key);
    }

    static String setting(JBakeConfiguration config, String key) {
        Object value = config.get(key);
        return value instanceof List<?> list ? String.join(",", list.stream().map(String::valueOf).toList())
                : value == null ? "" : value.toString().strip();
    }

    /**
     * Bakes the parts the target's scope names into its folder; returns the number of pages. {@code progress}
     * hears which file each page comes from.
     */
    public int bake(BakeInput input, BakeTarget target, Consumer<String> progress)
            throws BuildFailedException, IOException {
        config.setDestinationFolder(target.folder().toFile());
        // Registered before every bake, so ours wins over any engine JBake found on the class path.
        RenderedMarkdownEngine engine = new RenderedMarkdownEngine();
        SiteTemplateEngine templates = new SiteTemplateEngine(config, freemarker.configuration(config, target.scope()),
                input, progress);
        List<Throwable> errors;
        try {
            SiteRenderer renderer = new SiteRenderer(config, templates, input.site(), target.lastSite());
            // JBake keeps its engine registry for the whole JVM; two bakes at once (a preview rebuild
            // while another build runs, as in the tests) could mix them.
            synchronized (JBakeBaker.class) {
                for (String extension : RenderedMarkdownEngine.EXTENSIONS) {
                    Engines.register(extension, engine);
                }
                errors = renderer.bake(target.scope(), target.dependencies());
            }
        } catch (JBakeException | ConfigurationRuntimeException e) {
            throw new BuildFailedException(settingProblem(e));
        }

        List<Problem> problems = new ArrayList<>(templates.problems());
        if (problems.isEmpty()) {
            errors.forEach(error -> problems.add(outputProblem(error)));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        return input.site().all().size();
    }

    /** An output or asset that could not be written for a reason other than a template mistake. */
    private Problem outputProblem(Throwable error) {
        return Problem.at(ContentLoader.relative(projectFolder, config.getDestinationFolder().toPath()), 0,
                "the site could not be written: " + oneLine(error.getMessage()) + " (" + oneLine(rootMessage(error)) + ")",
                "check that the disk has room and the folder can be written to, then build again");
    }

    /** The message of what lies under {@code error}: JBake wraps the cause in words of its own. */
    private static String rootMessage(Throwable error) {
        String root = ExceptionUtils.getRootCause(error).getMessage();
        return root != null ? root : error.getMessage();
    }

    /** The message on one line, for the owner's list. */
    private static String oneLine(String message) {
        return message == null ? "unknown error" : message.strip().replaceAll("\\s+", " ");
    }
}
