package org.whichtherapist.content;

import org.whichtherapist.core.DisplayDate;
import org.whichtherapist.health.DisclosurePages;
import org.whichtherapist.health.ReviewDates;
import org.whichtherapist.health.SiteData;
import org.whichtherapist.health.SiteOwner;
import org.whichtherapist.health.SourceRecord;
import org.whichtherapist.schema.CareLevel;
import org.whichtherapist.schema.ContentSchema;
import org.whichtherapist.schema.DisciplineArea;
import org.whichtherapist.schema.DisclosureKind;
import org.whichtherapist.schema.Field;
import org.whichtherapist.source.ContentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every page being built and how they refer to each other, as templates see it ({@code site}). The lists
 * that point back (who uses a technique) are worked out from front matter, so nobody types them twice.
 */
public final class SiteContent {
    private final List<Page> pages;
    private final SiteData data;
    private final SearchWords search;
    private final Map<String, String> careBoxes;
    private final Map<ContentType, Map<String, Page>> byTypeAndId = new LinkedHashMap<>();
    private final Map<String, Page> byUri = new HashMap<>();
    private RelatedArticles related;
    private Map<String, Integer> articlePositions;
    /** Sorted lists, computed once: templates ask for them on every page. */
    private final Map<String, List<Page>> sorted = new ConcurrentHashMap<>();

    /** {@code careBoxes}: each level's care box as HTML, by its {@code care} word. */
    public SiteContent(List<Page> pages, SiteData data, Map<String, String> careBoxes, SearchWords search) {
        this.pages = List.copyOf(pages);
        this.data = data;
        this.careBoxes = Map.copyOf(careBoxes);
        this.search = search;
        for (Page page : this.pages) {
            page.source().type().ifPresent(type ->
                    byTypeAndId.computeIfAbsent(type, t -> new LinkedHashMap<>()).put(page.id(), page));
            byUri.putIfAbsent(page.uri(), page);
        }
    }

    /** The data files' records: sources, people, the urgent-care text. */
    public SiteData data() {
        return data;
    }

    public List<Page> all() {
        return pages;
    }

    /** In the order the discipline pages give ({@code order: 1} first), then by title. */
    public List<Page> disciplines() {
        return sorted.computeIfAbsent("disciplines", k -> ofType(ContentType.DISCIPLINE,
                Comparator.comparing((Page p) -> number(p, "order", Long.MAX_VALUE)).thenComparing(Page::title)));
    }

    public List<Page> qualifications() {
        return sorted.computeIfAbsent("qualifications", k -> ofType(ContentType.QUALIFICATION,
                Comparator.comparing((Page p) -> number(p, "level", 0L)).reversed().thenComparing(Page::title)));
    }

    public List<Page> techniques() {
        return sorted.computeIfAbsent("techniques", k -> ofType(ContentType.TECHNIQUE, Comparator.comparing(Page::title)));
    }

    /** Articles, newest first. */
    public List<Page> articles() {
        return sorted.computeIfAbsent("articles", k -> ofType(ContentType.ARTICLE,
                Comparator.comparing(Page::date).reversed().thenComparing(Page::id)));
    }

    /** Every topic (a page's {@code tags}, as {@link Page#topics()} writes them), by name, with its pages by title. */
    public Map<String, List<Page>> topics() {
        Map<String, List<Page>> topics = new TreeMap<>();
        for (Page page : pages) {
            page.topics().forEach(topic -> topics.computeIfAbsent(topic, t -> new ArrayList<>()).add(page));
        }
        topics.values().forEach(list -> list.sort(Comparator.comparing(Page::title).thenComparing(Page::uri)));
        return topics;
    }

    /** Pages with a {@code menu} number, for the main navigation, lowest number first. */
    public List<Page> menu() {
        return sorted.computeIfAbsent("menu", k -> pages.stream().filter(p -> p.data().get("menu") instanceof Long)
                .sorted(Comparator.comparing((Page p) -> number(p, "menu", 0L)).thenComparing(Page::title))
                .toList());
    }

    /** Every page not in the four typed lists: the menu pages in menu order, then the rest by title. */
    public List<Page> others() {
        Set<String> listed = Set.of("discipline", "qualification", "technique", "article");
        List<Page> others = new ArrayList<>(menu().stream().filter(p -> !listed.contains(p.type())).toList());
        pages.stream().filter(p -> !listed.contains(p.type()) && !others.contains(p))
                .sorted(Comparator.comparing(Page::title)).forEach(others::add);
        return List.copyOf(others);
    }

    /** The one page of a special type (compare, guide, faq), or null (missing, in templates) if there is none. */
    public Page single(String type) {
        return ContentType.fromId(type)
                .flatMap(t -> byTypeAndId.getOrDefault(t, Map.of()).values().stream().findFirst())
                .orElse(null);
    }

    /** The pages a front matter list refers to, in the order written: {@code site.refs(page, "techniques")}. */
    public List<Page> refs(Page page, String field) {
        Field schemaField = page.source().type().map(ContentSchema::fieldsOf).map(f -> f.get(field)).orElse(null);
        if (schemaField == null || schemaField.refType() == null) {
            return List.of();
        }
        return resolve(schemaField.refType(), page.list(field));
    }

    /** Pages of one type, by id: {@code site.lookup("discipline", ["physiotherapist"])}. */
    public List<Page> lookup(String type, List<String> ids) {
        return ContentType.fromId(type).map(t -> resolve(t, ids)).orElse(List.of());
    }

    /** Disciplines whose {@code field} list names this page, e.g. who uses a technique. */
    public List<Page> disciplinesListing(Page page, String field) {
        return disciplines().stream().filter(d -> d.list(field).contains(page.id())).toList();
    }

    /** Articles that name this page in their discipline, technique or qualification list. */
    public List<Page> articlesAbout(Page page) {
        String field = switch (page.type()) {
            case "discipline" -> "disciplines";
            case "technique" -> "techniques";
            case "qualification" -> "qualifications";
            default -> null;
        };
        return field == null ? List.of() : articles().stream().filter(a -> a.list(field).contains(page.id())).toList();
    }

    /** Articles most like this page ({@link RelatedArticles}). */
    public List<Page> related(Page page, int limit) {
        return relatedArticles().of(page, limit);
    }

    private synchronized RelatedArticles relatedArticles() {
        if (related == null) {
            related = new RelatedArticles(articles());
        }
        return related;
    }

    /**
     * The article published just after this one, or null. Not JBake's previous/next: its order varies
     * between builds for pages of the same date.
     */
    public Page newerArticle(Page article) {
        int at = articlePosition(article);
        return at > 0 ? articles().get(at - 1) : null;
    }

    /** The article published just before this one, or null. */
    public Page olderArticle(Page article) {
        int at = articlePosition(article);
        List<Page> articles = articles();
        return at >= 0 && at < articles.size() - 1 ? articles.get(at + 1) : null;
    }

    /** Where an article stands in {@link #articles()}, found by its address; -1 for other pages. */
    private synchronized int articlePosition(Page article) {
        if (articlePositions == null) {
            articlePositions = new HashMap<>();
            List<Page> articles = articles();
            for (int i = 0; i < articles.size(); i++) {
                articlePositions.put(articles.get(i).uri(), i);
            }
        }
        return articlePositions.getOrDefault(article.uri(), -1);
    }

    /** A health page's numbered Sources list, in the order its citations number them. */
    public List<SourceRecord> sourcesOf(Page page) {
        return page.rendered().sources().stream().map(id -> data.sources().find(id)).flatMap(Optional::stream).toList();
    }

    /** The care box a health page shows after its text; empty when it places the box in its text. */
    public String careBox(Page page) {
        return page.health() && !page.rendered().careBoxInText()
                ? careBoxes.getOrDefault(CareLevel.of(page.source()).id(), "") : "";
    }

    /** The pages that say who runs the site and how, in the order of the footer ({@link DisclosurePages}). */
    public List<Page> disclosures() {
        return sorted.computeIfAbsent("disclosures", k -> ofType(ContentType.DISCLOSURE, Comparator.comparing(
                (Page p) -> DisclosureKind.valueOf(String.valueOf(p.data().get("kind")).toUpperCase()))));
    }

    /** Who runs the site, as its owner wrote it ({@code site.owner.values.name}). */
    public SiteOwner owner() {
        return data.owner();
    }

    /** The people who review health pages (a registration), by name. */
    public List<Page> reviewers() {
        return sorted.computeIfAbsent("reviewers", k -> ofType(ContentType.PERSON, Comparator.comparing(Page::title))
                .stream().filter(p -> p.data().get("registration") != null).toList());
    }

    /** Months from one review of a health page to the next, when a page gives no date ({@code site.review.months}). */
    public int reviewMonths() {
        return data.settings().reviewMonths();
    }

    /** The page of an author or reviewer ({@code page.data.author}), or null when there is none. */
    public Page person(String id) {
        return byTypeAndId.getOrDefault(ContentType.PERSON, Map.of()).get(id);
    }

    /** The health pages a person wrote ({@code field} "author") or reviewed ("reviewer"), by title. */
    public List<Page> pagesBy(Page person, String field) {
        return pages.stream().filter(p -> p.health() && p.list(field).contains(person.id()))
                .sorted(Comparator.comparing(Page::title)).toList();
    }

    /** When a health page is next due for review, or null for a page without review dates. */
    public DisplayDate nextReview(Page page) {
        return new ReviewDates(data.settings()).next(page.source()).map(DisplayDate::new).orElse(null);
    }

    /** The search page's signposts: each page, and the runs of words that call for it, joined by "|". */
    public List<Signposted> signposts() {
        return search.signposts().stream().flatMap(signpost -> pages.stream()
                .filter(page -> page.source().contentPath().equals(signpost.page())).findFirst()
                .map(page -> new Signposted(String.join("|", signpost.when().stream()
                        .map(words -> String.join(" ", words)).toList()), page)).stream()).toList();
    }

    /** A discipline's main areas in plain words ("muscles and joints"), for its "At a glance". */
    public List<String> areaWords(Page page) {
        return DisciplineArea.wordsOf(page.list("areas"));
    }

    /** The owner's synonyms, as the search index applies them to every page ({@code content/_data/search.yml}). */
    public SearchSynonyms searchSynonyms() {
        return new SearchSynonyms(search.synonyms());
    }

    /** A page the search page points to, and the words that call for it ({@link #signposts}). */
    public record Signposted(String when, Page page) {
    }

    /** The page written at {@code uri}, if a page is (a list or the 404 page is none). */
    public Optional<Page> findAt(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    private List<Page> resolve(ContentType type, List<String> ids) {
        Map<String, Page> known = byTypeAndId.getOrDefault(type, Map.of());
        return ids.stream().map(known::get).filter(java.util.Objects::nonNull).toList();
    }

    private List<Page> ofType(ContentType type, Comparator<Page> order) {
        return byTypeAndId.getOrDefault(type, Map.of()).values().stream().sorted(order).toList();
    }

    private static long number(Page page, String field, long fallback) {
        return page.data().get(field) instanceof Long value ? value : fallback;
    }
}
