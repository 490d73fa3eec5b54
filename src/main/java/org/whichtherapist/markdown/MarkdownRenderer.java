package org.whichtherapist.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.jetbrains.annotations.NotNull;
import org.whichtherapist.core.Problem;
import org.whichtherapist.core.SitePaths;
import org.whichtherapist.schema.CareLevel;
import org.whichtherapist.health.CareTexts;
import org.whichtherapist.health.People;
import org.whichtherapist.source.SourceDocument;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import org.whichtherapist.content.RenderedMarkdown;

/**
 * Turns a page's Markdown into HTML with flexmark-java and the extensions the owner's guide
 * (docs/writing.md) promises. One instance is shared by the whole build; it is thread-safe.
 */
public final class MarkdownRenderer {
    static final NullableDataKey<PageContext> PAGE = new NullableDataKey<>("WHICH_THERAPIST_PAGE");
    private static final String TOO_DEEP = "lists, quotes or callouts are nested more than "
            + NestingCheck.MAX_LEVELS + " levels deep here";
    private static final String FLATTEN = "flatten them: split the text into sections with headings";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final UnsafeMarkup unsafe;

    /** @param trustedHtml whether raw HTML may hold scripts, frames, styles and event handlers (site.trusted_html) */
    public MarkdownRenderer(boolean trustedHtml) {
        unsafe = new UnsafeMarkup(trustedHtml);
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(
                        TablesExtension.create(),
                        FootnoteExtension.create(),
                        DefinitionExtension.create(),
                        AnchorLinkExtension.create(),
                        AttributesExtension.create(),
                        TypographicExtension.create(),
                        StrikethroughExtension.create(),
                        QuickAutolinks.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                // callouts are drawn without icons (Callouts): do not load flexmark's icon files
                .set(AdmonitionExtension.TYPE_SVG_MAP, java.util.Map.of())
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-link")
                .set(TablesExtension.WITH_CAPTION, true)
                .set(TablesExtension.CLASS_NAME, "table")
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back")
                .set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
        // the site's own callout syntax and drawing of callouts and citations, after the extensions' (flexmark's
        // admonition extension itself is not used: Callouts draws the boxes)
        parser = Parser.builder(options).customBlockParserFactory(new Callouts.CalloutStart()).build();
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(data -> () -> Set.of(
                        new NodeRenderingHandler<>(AdmonitionBlock.class, Callouts::render),
                        new NodeRenderingHandler<>(Citation.class, Citation::render)))
                .linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public @NotNull LinkResolver apply(@NotNull LinkResolverBasicContext context) {
                        return MarkdownRenderer::resolveLink;
                    }
                })
                .attributeProviderFactory(new HtmlAttributes())
                .build();
    }

    public boolean trustsHtml() {
        return unsafe.trustedHtml();
    }

    /** Renders a page's body; links to other pages' .md files are rewritten using {@code links}. */
    public RenderedMarkdown render(SourceDocument doc, PageLinks links) {
        return renderFollowingLinks(doc, links, UrgentCareBox.NONE).rendered();
    }

    /** The care boxes for this build, one per {@link CareLevel}: each care text rendered once, as a card. */
    public UrgentCareBox urgentCareBox(CareTexts care, People people) {
        Map<CareLevel, String> cards = new EnumMap<>(CareLevel.class);
        List<Problem> problems = new ArrayList<>();
        for (CareLevel level : CareLevel.values()) {
            care.of(level).ifPresent(text -> {
                RenderedMarkdown rendered = render(new PageContext(text.document(), PageLinks.NONE, null,
                        new ArrayList<>(), new HashMap<>()));
                problems.addAll(rendered.problems());
                cards.put(level, Callouts.careCard(level, text.title(), rendered.html()));
            });
        }
        Map<CareLevel, String> boxes = new EnumMap<>(CareLevel.class);
        for (CareLevel level : CareLevel.values()) {
            if (cards.keySet().containsAll(level.cards())) {
                boxes.put(level, Callouts.careBox(level.cards().stream().map(cards::get).toList(),
                        care.checkedBy(level, people)));
            }
        }
        return new UrgentCareBox(boxes, problems);
    }

    /** A page's rendered body and where each page it links to was (empty: no page); same while they stay put. */
    record Rendering(RenderedMarkdown rendered, Map<String, Optional<String>> linkedPages) {
    }

    /** Renders like {@link #render}, telling which pages the body links to. */
    Rendering renderFollowingLinks(SourceDocument doc, PageLinks links, UrgentCareBox urgentCare) {
        PageContext page = new PageContext(doc, links, urgentCare, new ArrayList<>(), new HashMap<>());
        return new Rendering(render(page), Collections.unmodifiableMap(page.linkedPages));
    }

    private RenderedMarkdown render(PageContext page) {
        SourceDocument doc = page.doc;
        OptionalInt deepLine = NestingCheck.tooDeepLine(doc.body());
        if (deepLine.isPresent()) {
            page.problems.add(Problem.at(doc.path(), doc.frontMatter().bodyLine() + deepLine.getAsInt(),
                    TOO_DEEP, FLATTEN));
            return page.failed();
        }
        try {
            Document document = parser.parse(doc.body());
            document.set(PAGE, page);
            Optional<Node> tooDeep = NestingCheck.tooDeep(document);
            if (tooDeep.isPresent()) {
                page.problem(tooDeep.get(), TOO_DEEP, FLATTEN);
                return page.failed();
            }
            boolean showsUrgentCare = checkCallouts(document, page);
            checkImages(document, page);
            unsafe.check(document, page);
            // the care box's sources are listed once, on the care advice's own page (health.DisclosurePages)
            List<String> sources = Citations.number(document, page);
            document.set(Callouts.URGENT_CARE_HTML, page.isStandardText() ? ""
                    : page.urgentCare.html(page.careLevel()));
            String html = renderer.render(document); // links to missing pages are reported while rendering
            return new RenderedMarkdown(html, tableOfContents(document), List.copyOf(page.problems), sources,
                    showsUrgentCare && !page.isStandardText());
        } catch (StackOverflowError e) {
            page.problems.add(Problem.at(doc.path(), 0, "the page is built too deeply (lists, quotes, links or"
                    + " emphasis inside one another) to be turned into HTML", FLATTEN));
            return page.failed();
        }
    }

    /** Reports unknown kinds and a misused urgent-care line; tells whether the page shows the urgent-care box. */
    private static boolean checkCallouts(Document document, PageContext page) {
        boolean urgentCare = false;
        for (Node node : document.getDescendants()) {
            if (node instanceof AdmonitionBlock callout) {
                String kind = callout.getInfo().toString().toLowerCase();
                Optional<CalloutKind> known = CalloutKind.fromId(kind);
                if (known.isEmpty()) {
                    page.problem(node, "'" + kind + "' is not a kind of callout",
                            "use one of: " + CalloutKind.allIds() + " (see docs/writing.md)");
                } else if (known.get() == CalloutKind.URGENT_CARE) {
                    urgentCare = true;
                    checkUrgentCare(callout, page);
                }
            }
        }
        return urgentCare;
    }

    private static void checkUrgentCare(AdmonitionBlock callout, PageContext page) {
        if (!callout.getTitle().isNull() && !callout.getTitle().isBlank() || callout.hasChildren()) {
            page.problem(callout, "the urgent-care line takes no title or text of its own",
                    "write the line '!!! urgent-care' alone; the standard text is in content/_snippets/care-*.md,"
                            + " and the page's 'care:' field picks its level");
        } else if (page.isStandardText()) {
            page.problem(callout, "the urgent-care text cannot show itself", "remove this line");
        } else if (!page.urgentCare.exists(page.careLevel())) {
            page.problem(callout, "there is no urgent-care text to show here",
                    "create the missing files among content/" + String.join(", content/", java.util.Arrays.stream(
                            CareLevel.values()).map(CareLevel::file).toList())
                            + " (see docs/writing.md, \"Urgent-care advice\")");
        }
    }

    /** Pictures need words for people who cannot see them. */
    private static void checkImages(Document document, PageContext page) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Image image && image.getText().isBlank()) {
                page.problem(node, "the picture '" + image.getUrl() + "' has no description",
                        "write what it shows between the square brackets: ![A physiotherapist bending a knee]("
                                + image.getUrl() + ")");
            }
        }
    }

    private static List<RenderedMarkdown.TocEntry> tableOfContents(Document document) {
        List<RenderedMarkdown.TocEntry> toc = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && (heading.getLevel() == 2 || heading.getLevel() == 3)
                    && heading.getAnchorRefId() != null && !heading.getAnchorRefId().isEmpty()
                    && !(heading.getParent() instanceof AdmonitionBlock)) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                toc.add(new RenderedMarkdown.TocEntry(heading.getLevel(), heading.getAnchorRefId(), text));
            }
        }
        return List.copyOf(toc);
    }

    /** The page being rendered; {@code urgentCare} is null while rendering a care text itself. */
    record PageContext(SourceDocument doc, PageLinks links, UrgentCareBox urgentCare, List<Problem> problems,
                               Map<String, Optional<String>> linkedPages) {
        boolean isStandardText() {
            return urgentCare == null;
        }

        CareLevel careLevel() {
            return CareLevel.of(doc);
        }

        Optional<String> outputOf(String contentPath) {
            return linkedPages.computeIfAbsent(contentPath, links::outputOf);
        }

        RenderedMarkdown failed() {
            return new RenderedMarkdown("", List.of(), List.copyOf(problems), List.of());
        }

        void problem(Node node, String message, String fix) {
            problem(node, 0, message, fix);
        }

        void problem(Node node, int linesBelow, String message, String fix) {
            problems.add(Problem.at(doc.path(), doc.frontMatter().bodyLine() + node.getStartLineNumber() + linesBelow,
                    message, fix));
        }
    }

    /** Rewrites links to .md files into links to the built pages, reporting missing ones; root links become relative. */
    private static ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        PageContext page = PAGE.get(context.getDocument());
        if (page == null || link.getLinkType() != LinkType.LINK) {
            return link;
        }
        String url = link.getUrl();
        int hash = url.indexOf('#');
        String path = hash >= 0 ? url.substring(0, hash) : url;
        String anchor = hash >= 0 ? url.substring(hash) : "";
        if (path.contains(":")) {
            return link;
        }
        if (!path.endsWith(".md")) {
            return PageLinks.fromSiteRoot(page.doc.outputUri(), path)
                    .map(relative -> link.withUrl(relative + anchor))
                    .orElse(link);
        }
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        String target = SitePaths.resolve(page.doc.contentPath(), decoded).orElse(decoded);
        return page.outputOf(target)
                .map(output -> link.withStatus(LinkStatus.VALID)
                        .withUrl(PageLinks.relativeUrl(page.doc.outputUri(), output) + anchor))
                .orElseGet(() -> {
                    page.problem(node, "the link to '" + url + "' does not lead to a page",
                            page.links.likelyMeant(page.doc.contentPath(), target)
                                    .map(meant -> "did you mean '" + meant + anchor + "'?")
                                    .orElse("check the file name; links are relative to this file, e.g. "
                                            + "'../disciplines/physiotherapist.md'"));
                    return link;
                });
    }
}
