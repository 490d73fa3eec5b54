package org.whichtherapist.content;

import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.SourceDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.whichtherapist.core.DisplayDate.DISPLAY;

/**
 * A page that will be written, as templates see it ({@code page.title}, {@code page.data.treats}...).
 *
 * @param uri   output path relative to the site root, worked out once: many lists and links ask for it
 * @param title the title, worked out once: lists sort by it
 */
public record Page(SourceDocument source, RenderedMarkdown rendered, PageText text, String uri, String title) {
    private static final int WORDS_PER_MINUTE = 200;

    public static Page of(SourceDocument source, RenderedMarkdown rendered) {
        return of(source, rendered, PageText.of(rendered.html(), source.type().filter(ContentType.FAQ::equals)
                .isPresent()));
    }

    public static Page of(SourceDocument source, RenderedMarkdown rendered, PageText text) {
        return new Page(source, rendered, text, source.outputUri(), source.title());
    }

    /** Minutes to read, rounded up, at least one. */
    public int readingMinutes() {
        return Math.max(1, (text.words() + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public String id() {
        return source.id();
    }

    public String type() {
        return source.type().map(ContentType::id).orElse("");
    }

    public String summary() {
        return source.frontMatter().text("summary").orElse("");
    }

    public LocalDate date() {
        return source.date();
    }

    /** The date as YYYY-MM-DD, for datetime attributes, feeds and sitemaps. */
    public String isoDate() {
        return date().toString();
    }

    /** The date as readers see it: "4 June 2026". */
    public String displayDate() {
        return DISPLAY.format(date());
    }

    /** The last-reviewed date as readers see it, or empty when the page has none. */
    public String displayReviewed() {
        return source.reviewed().map(DISPLAY::format).orElse("");
    }

    /** The last-reviewed date as YYYY-MM-DD, or empty. */
    public String reviewed() {
        return source.reviewed().map(Object::toString).orElse("");
    }

    /** Health pages show a reviewed date, their sources and the "not medical advice" note. */
    public boolean health() {
        return source.type().map(ContentType::isHealthContent).orElse(false);
    }

    public boolean draft() {
        return source.isDraft();
    }

    /** Every front matter field, as written. */
    public Map<String, Object> data() {
        return source.frontMatter().values();
    }

    public List<String> list(String field) {
        return source.frontMatter().textList(field);
    }

    /** The page's {@code tags} as topic addresses write them: {@code sports massage} is {@code sports-massage}. */
    public List<String> topics() {
        return list("tags").stream().map(Page::topicSlug).toList();
    }

    public static String topicSlug(String tag) {
        return tag.strip().replace(' ', '-');
    }

    public String body() {
        return rendered.html();
    }

    public List<RenderedMarkdown.TocEntry> toc() {
        return rendered.toc();
    }
}
