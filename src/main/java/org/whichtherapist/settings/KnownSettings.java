package org.whichtherapist.settings;

import static org.whichtherapist.settings.Setting.Kind.ANY;
import static org.whichtherapist.settings.Setting.Kind.DATE_PATTERN;
import static org.whichtherapist.settings.Setting.Kind.EMAIL;
import static org.whichtherapist.settings.Setting.Kind.ENCODING;
import static org.whichtherapist.settings.Setting.Kind.FILE_NAME;
import static org.whichtherapist.settings.Setting.Kind.FILE_NAMES;
import static org.whichtherapist.settings.Setting.Kind.FOLDER;
import static org.whichtherapist.settings.Setting.Kind.FOLDER_NAME;
import static org.whichtherapist.settings.Setting.Kind.LANGUAGE;
import static org.whichtherapist.settings.Setting.Kind.ONLY;
import static org.whichtherapist.settings.Setting.Kind.TEMPLATE;
import static org.whichtherapist.settings.Setting.Kind.TEXT;
import static org.whichtherapist.settings.Setting.Kind.WEB_ADDRESS;
import static org.whichtherapist.settings.Setting.Kind.WHOLE_NUMBER;
import static org.whichtherapist.settings.Setting.Kind.YES_NO;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of jbake.properties that JBake 2.7.0 or this build reads. The health settings are known
 * here and checked in {@code health.HealthSettings}.
 */
final class KnownSettings {
    private static final Map<String, Setting> SETTINGS = catalogue();

    private KnownSettings() {
    }

    static Optional<Setting> find(String key) {
        return Optional.ofNullable(SETTINGS.get(key));
    }

    static java.util.Collection<Setting> all() {
        return SETTINGS.values();
    }

    private static Map<String, Setting> catalogue() {
        List<Setting> settings = List.of(
                // the site, as the templates show it
                Setting.of("site.title", TEXT, "Which Therapist?").needed(),
                Setting.of("site.tagline", TEXT, "Who does what, and who to see.").needed(),
                Setting.of("site.description", TEXT, "A plain-English guide to therapists.").needed(),
                Setting.of(SiteSettings.ADDRESS, WEB_ADDRESS, "https://www.example.com/").needed(),
                Setting.of("site.language", LANGUAGE, "en-GB").needed(),
                Setting.of("site.author", TEXT, "The Which Therapist? team").needed(),
                Setting.of("site.contact.email", EMAIL, "hello@example.com").needed(),
                Setting.of("site.contact.phone", TEXT, "07700 900123"),
                Setting.of("site.medical_note", TEXT, "This site is for general information only.").needed(),
                // the build's own
                Setting.of("site.review.months", ANY, "12"),
                Setting.of("site.review.overdue", ANY, "warn"),
                Setting.of("site.reading_level.max", ANY, "6"),
                Setting.of("site.article.min_words", WHOLE_NUMBER, "600").counting("words", 0, 1_000_000),
                Setting.of("site.article.max_words", WHOLE_NUMBER, "1200").counting("words", 1, 1_000_000),
                Setting.of(SiteSettings.TRUSTED_HTML, YES_NO, "false"),
                Setting.of(SiteSettings.BUILD_TIME_LIMIT, WHOLE_NUMBER, "300").counting("seconds", 1, 9_999_999),
                Setting.of(SiteSettings.PRECOMPRESS, YES_NO, "false"),
                Setting.of("site.list_page_size", WHOLE_NUMBER, "30").counting("entries per page", 1, 10_000),
                Setting.of("site.extra_files", FILE_NAMES, "robots.txt, search.html").needed(),
                // JBake's: folders, what to write and where
                Setting.of("content.folder", FOLDER, "content"),
                Setting.of("template.folder", FOLDER, "templates"),
                Setting.of("asset.folder", FOLDER, "assets"),
                Setting.of("date.format", DATE_PATTERN, "yyyy-MM-dd"),
                Setting.of("render.index", YES_NO, "true"),
                Setting.of("render.archive", YES_NO, "true"),
                Setting.of("render.feed", YES_NO, "true"),
                Setting.of("render.tags", YES_NO, "true"),
                Setting.of("render.tagsindex", YES_NO, "true"),
                Setting.of("render.sitemap", YES_NO, "true"),
                Setting.of("render.error404", YES_NO, "true"),
                Setting.of("index.paginate", YES_NO, "true"),
                Setting.of("index.posts_per_page", WHOLE_NUMBER, "6").counting("articles", 1, 1_000),
                // hosts serve index.html at the site's address
                Setting.of("index.file", ONLY, "index.html"),
                Setting.of("output.extension", ONLY, ".html"),
                Setting.of("archive.file", FILE_NAME, "articles.html"),
                Setting.of("feed.file", FILE_NAME, "feed.xml"),
                Setting.of("sitemap.file", FILE_NAME, "sitemap.xml"),
                Setting.of("error404.file", FILE_NAME, "404.html"),
                Setting.of("tag.path", FOLDER_NAME, "tags"),
                Setting.of("render.encoding", ENCODING, "UTF-8"),
                Setting.of("template.encoding", ENCODING, "UTF-8"),
                Setting.of("freemarker.outputencoding", ENCODING, "UTF-8"),
                Setting.of("asset.ignore", YES_NO, "false"),
                Setting.of("tag.sanitize", YES_NO, "false"),
                Setting.of("db.clear.cache", YES_NO, "false"),
                Setting.of("img.path.update", YES_NO, "false"),
                Setting.of("img.path.prepend.host", YES_NO, "true"),
                Setting.of("uri.noExtension", YES_NO, "false"),
                Setting.of("asciidoctor.attributes.export", YES_NO, "true"),
                Setting.of("markdown.maxParsingTimeInMillis", WHOLE_NUMBER, "2000").counting("milliseconds", 1, Integer.MAX_VALUE),
                Setting.of("server.port", WHOLE_NUMBER, "8820").counting("", 1, 65_535));
        Map<String, Setting> byKey = new LinkedHashMap<>();
        settings.forEach(setting -> byKey.put(setting.key(), setting));
        // the templates of JBake's lists and of each kind of page (content.ContentType), with the file this site uses
        String[][] templates = {{"masterindex", "index.ftl"}, {"archive", "archive.ftl"}, {"tag", "tag.ftl"},
                {"tagsindex", "tags-index.ftl"}, {"feed", "feed.ftl"}, {"sitemap", "sitemap.ftl"}, {"error404", "404.ftl"},
                {"post", "article.ftl"}, {"page", "page.ftl"}, {"discipline", "discipline.ftl"},
                {"qualification", "qualification.ftl"}, {"technique", "technique.ftl"}, {"compare", "compare.ftl"},
                {"guide", "guide.ftl"}, {"faq", "faq.ftl"}, {"person", "person.ftl"},
                {"disclosure", "disclosure.ftl"}};
        for (String[] template : templates) {
            String key = "template." + template[0] + ".file";
            byKey.put(key, Setting.of(key, TEMPLATE, template[1]));
        }
        // JBake's other settings: read by JBake, with no rule of ours
        for (String key : List.of("destination.folder", "data.folder", "data.file.docType",
                "draft.suffix", "server.hostname", "server.contextPath", "asciidoctor.option", "asciidoctor.attributes",
                "asciidoctor.attributes.export.prefix", "default.status", "default.type", "markdown.extensions",
                "db.store", "db.path", "uri.noExtension.prefix", "thymeleaf.locale", "header.separator", "ignore.file",
                "jvm.locale", "example.project.freemarker", "example.project.groovy", "example.project.groovy-mte",
                "example.project.thymeleaf", "example.project.jade", "version", "build.timestamp", "git.hash")) {
            byKey.put(key, Setting.of(key, ANY, ""));
        }
        return java.util.Collections.unmodifiableMap(byKey);
    }
}
