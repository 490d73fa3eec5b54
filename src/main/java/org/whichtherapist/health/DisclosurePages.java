package org.whichtherapist.health;

import org.whichtherapist.schema.CareLevel;
import org.whichtherapist.schema.DisclosureKind;
import org.whichtherapist.source.Snippet;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footer's pages on who runs the site and how ({@link DisclosureKind}), made from {@link SiteOwner}'s data, and
 * the page on where the care boxes' advice comes from, made from the care texts: its sources are theirs, so
 * the health pages' own Sources lists stay short.
 */
public final class DisclosurePages {

    private DisclosurePages() {
    }

    /**
     * The owner's four pages (none when the owner's file is missing or has a mistake, reported by {@link SiteOwner}),
     * and the care advice's page while the care texts say who checked them and when (the build stops otherwise).
     */
    public static List<SourceDocument> of(SiteData data) {
        List<SourceDocument> pages = new java.util.ArrayList<>();
        SiteOwner owner = data.owner();
        if (owner.present() && owner.valid()) {
            java.util.Arrays.stream(DisclosureKind.values()).filter(kind -> kind != DisclosureKind.CARE)
                    .forEach(kind -> pages.add(document(owner.path(), kind, owner.text("updated").orElseThrow(),
                            owner.lineOf("updated"), Map.of())));
        }
        CareTexts care = data.care();
        CareLevel all = CareLevel.SELF_CARE; // its box has every card
        care.checkedBy(all, data.people()).ifPresent(checked -> {
            Snippet first = care.all().get(0);
            pages.add(document(first.path(), DisclosureKind.CARE, care.all().stream()
                    .flatMap(text -> text.document().reviewed().stream()).max(java.util.Comparator.naturalOrder())
                    .orElseThrow().toString(), 1, Map.of("sources", care.sources(all), "checked", checked)));
        });
        return List.copyOf(pages);
    }

    private static SourceDocument document(String path, DisclosureKind kind, String date, int line, Map<String, Object> more) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        values.put("title", kind.title());
        values.put("type", ContentType.DISCLOSURE.id());
        values.put("status", SourceDocument.PUBLISHED);
        values.put("date", date);
        values.put("summary", kind.summary());
        values.put("kind", kind.word());
        values.putAll(more);
        values.keySet().forEach(key -> lines.put(key, line));
        return new SourceDocument(path, ContentType.DISCLOSURE.outputFolder() + kind.id() + ".md",
                new FrontMatter(values, lines, "", line));
    }
}
