package org.whichtherapist.render.components;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whichtherapist.source.FrontMatterParser;
import org.whichtherapist.content.Page;
import org.whichtherapist.TestSites;
import org.whichtherapist.content.RenderedMarkdown;
import org.whichtherapist.content.SearchWords;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.health.SiteData;
import org.whichtherapist.core.Problems;
import org.whichtherapist.settings.SiteSettings;
import org.whichtherapist.source.SourceDocument;
import org.whichtherapist.render.FreemarkerConfiguration;
import org.whichtherapist.render.SiteUrl;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Renders one component macro from {@code templates/components/} on its own, the way nhsuk-frontend
 * tests each component: the project's Freemarker configuration, a small fixture model (the site's
 * settings, {@code url} for a page one folder down) and the call written as a template would write it.
 */
final class Components {
    static final String SITE = "https://www.example.com/";
    /** As on a page one folder below the site root, e.g. articles/knee.html. */
    static final String ROOT = "../";
    /** The settings components read, as templates see them ({@code config.site_host}...). */
    static final Map<String, Object> CONFIG = Map.of("site_host", SITE, "site_title", "Which Therapist?",
            "site_language", "en-GB", "site_description", "A plain-English guide.", "site_author", "The team",
            "tag_path", "tags", "site_contact_email", "hello@example.com");
    private static Configuration freemarker;
    private static SiteData data;

    private Components() {
    }

    /** The output of {@code call} (e.g. {@code <@c.toc entries=entries/>}), with the component imported as {@code c}. */
    static String render(String component, String call, Map<String, Object> values) {
        String source = "<#ftl output_format=\"HTML\"><#import \"components/" + component + ".ftl\" as c>" + call;
        Map<String, Object> model = new HashMap<>();
        model.put("config", CONFIG);
        model.put("url", new SiteUrl(ROOT));
        model.put("site", site());
        model.putAll(values);
        StringWriter out = new StringWriter();
        try {
            new Template("fixture.ftl", source, configuration()).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new AssertionError(component + ": " + e.getMessageWithoutStackTop(), e);
        }
        return out.toString();
    }

    static Document html(String component, String call, Map<String, Object> values) {
        return Jsoup.parse(render(component, call, values));
    }

    static Document html(String component, String call) {
        return html(component, call, Map.of());
    }

    /** A page from front matter (YAML lines without the ---) and body HTML with its contents entries. */
    static Page page(String contentPath, String frontMatter, String bodyHtml, RenderedMarkdown.TocEntry... toc) {
        try {
            SourceDocument source = new SourceDocument("content/" + contentPath, contentPath,
                    new FrontMatterParser().parse("content/" + contentPath, "---\n" + frontMatter + "\n---\n\nText.\n"));
            return Page.of(source, new RenderedMarkdown(bodyHtml, List.of(toc), List.of(),
                    source.frontMatter().textList("sources")));
        } catch (FrontMatterParser.HeaderException e) {
            throw new AssertionError(e.problem().format(), e);
        }
    }

    static Page article(String id, String title) {
        return page("articles/" + id + ".md", "title: " + title + "\ntype: article\nstatus: published\ndate: 2026-03-04\n"
                + "summary: About " + title.toLowerCase() + ".", "<p>Text.</p>");
    }

    /**
     * The site templates see as {@code site}: {@code pages}, the people's pages and the fixture site's
     * data files (src/test/resources/fixture-site/content/_data).
     */
    static SiteContent site(Page... pages) {
        List<Page> all = new ArrayList<>(List.of(pages));
        for (SourceDocument person : data().people().documents()) {
            all.add(Page.of(person, new RenderedMarkdown("<p>" + person.body().strip() + "</p>", List.of(), List.of(),
                    List.of())));
        }
        return new SiteContent(all, data(), Map.of(), new SearchWords("content/" + SearchWords.FILE, List.of(), List.of()));
    }

    private static synchronized SiteData data() {
        if (data == null) {
            try {
                Problems problems = new Problems();
                data = SiteData.read(TestSites.PROJECT, TestSites.PROJECT.resolve("src/test/resources/fixture-site/content"),
                        SiteSettings.read(TestSites.PROJECT), problems);
                if (problems.hasErrors()) {
                    throw new AssertionError(problems.errors().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    private static synchronized Configuration configuration() throws IOException {
        if (freemarker == null) {
            freemarker = FreemarkerConfiguration.create(Path.of("templates").toFile(), "UTF-8", "UTF-8");
        }
        return freemarker;
    }
}
