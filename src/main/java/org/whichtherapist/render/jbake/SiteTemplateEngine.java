package org.whichtherapist.render.jbake;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;
import org.whichtherapist.core.Problem;
import org.whichtherapist.render.BakeInput;
import org.whichtherapist.render.SiteUrl;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateException;

/**
 * Renders every output with Freemarker instead of JBake's set-up (which has no HTML escaping and only logs
 * template mistakes): escaping on, mistakes stop the build at their file and line, and templates see this
 * project's model, never JBake's documents ({@code content}, {@code site}, {@code config}, {@code assets},
 * {@code pictures}, {@code url(…)}, {@code toJson(…)}: see docs/architecture.md).
 */
final class SiteTemplateEngine {
    /** The type of the 404 page, which hosts serve at any address. */
    static final String ERROR_PAGE_TYPE = "error404";

    private final JBakeConfiguration config;
    private final Configuration freemarker;
    private final BakeInput input;
    private final Consumer<String> progress;
    private final String templateFolderName;
    /** Each template problem with the pages it broke, written under this object's lock; in file and line order. */
    private final Map<Problem, List<String>> problems = new TreeMap<>(Comparator.comparing(Problem::format));
    private Map<String, Object> configMap;

    /** @param progress told, before each output is rendered, the Markdown file or template it comes from */
    SiteTemplateEngine(JBakeConfiguration config, Configuration freemarker, BakeInput input, Consumer<String> progress) {
        this.config = config;
        this.freemarker = freemarker;
        this.input = input;
        this.progress = progress;
        this.templateFolderName = config.getTemplateFolder().getName();
    }

    /**
     * The output at {@code uri}, of {@code type}, rendered with {@code templateName} and the {@code extra} values;
     * {@code file}: the Markdown file it comes from, or null.
     */
    String render(String uri, String type, String file, String templateName, Map<String, Object> extra)
            throws RenderingException {
        SimpleHash values = new SimpleHash(freemarker.getObjectWrapper());
        values.putAll(extra);
        input.site().findAt(uri).ifPresent(page -> values.put("content", page));
        values.put("config", configMap());
        values.put("site", input.site());
        values.put("stylesheet", input.assets().stylesheet());
        values.put("securityPolicy", input.policy());
        values.put("assets", input.assets());
        values.put("pictures", input.pictures());
        values.put("url", new SiteUrl(ERROR_PAGE_TYPE.equals(type) ? config.getSiteHost()
                : "../".repeat((int) uri.chars().filter(c -> c == '/').count())));
        String templatePath = templateFolderName + "/" + templateName;
        progress.accept(file != null ? file : templatePath);
        StringWriter text = new StringWriter(1 << 15);
        try {
            freemarker.getTemplate(templateName).process(values, text);
            return text.toString();
        } catch (TemplateException | IOException e) {
            throw fail(templateProblem(e, templatePath), uri);
        }
    }

    /**
     * The template mistake behind {@code e}, once, at the file and line where it is (in an imported template, not
     * at the import; not again as "error loading the template on an earlier attempt").
     */
    private Problem templateProblem(Exception e, String templatePath) {
        ParseException parse = null;
        TemplateException failed = e instanceof TemplateException t ? t : null;
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ParseException p) {
                parse = p;
            } else if (cause instanceof TemplateException t && t.getLineNumber() != null) {
                failed = t;
            }
        }
        if (parse != null) {
            return new Problem(templateFolderName + "/" + parse.getTemplateName(), parse.getLineNumber(),
                    "the template has a mistake: " + firstLine(parse.getEditorMessage()),
                    "correct the Freemarker syntax on that line");
        }
        if (failed == null) {
            return new Problem(templatePath, 0, "the template cannot be read: " + firstLine(e.getMessage()),
                    "check the file exists and is readable");
        }
        String where = templateFolderName + "/" + failed.getTemplateSourceName();
        int line = failed.getLineNumber() == null ? 0 : failed.getLineNumber();
        if (failed instanceof InvalidReferenceException && failed.getBlamedExpressionString() != null) {
            String expression = failed.getBlamedExpressionString();
            String setting = expression.startsWith("config.site_")
                    ? "site." + expression.substring("config.site_".length()).replace('_', '.') : null;
            return new Problem(where, line, "the template uses " + expression + ", which has no value here",
                    setting != null ? "set it in jbake.properties (" + setting + "=...), or write ${" + expression
                            + "!} in the template if it may be missing"
                            : "check the name on that line; write ${" + expression + "!} if the value may be missing");
        }
        return new Problem(where, line, "the template failed: " + firstLine(failed.getMessageWithoutStackTop()),
                "check the expression on that line; use '!' for values that may be missing, e.g. ${content.summary!}");
    }

    /** The settings as templates see them ({@code config.*}): built once per bake, not once per page. */
    private synchronized Map<String, Object> configMap() {
        if (configMap == null) {
            configMap = Collections.unmodifiableMap(config.asHashMap());
        }
        return configMap;
    }

    /** Template problems, each once, with the pages they broke (named in address order: pages render in parallel). */
    synchronized List<Problem> problems() {
        return problems.entrySet().stream().map(broke -> {
            Problem problem = broke.getKey();
            List<String> pages = broke.getValue().stream().sorted().toList();
            String where = pages.size() == 1 ? " (while writing " + pages.get(0) + ")"
                    : " (while writing " + pages.get(0) + " and " + (pages.size() - 1) + " other pages)";
            return new Problem(problem.file(), problem.line(), problem.message() + where, problem.fix());
        }).toList();
    }

    private synchronized RenderingException fail(Problem problem, String uri) {
        problems.computeIfAbsent(problem, k -> new ArrayList<>()).add(uri);
        return new RenderingException(problem.format());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        // Freemarker's pointer to its manual is not the owner's business
        String line = message.strip().lines().findFirst().orElse(message).strip().replaceFirst(" Help \\(latest version\\).*$", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
