package org.whichtherapist.health;

import org.whichtherapist.schema.DisclosureKind;
import org.whichtherapist.source.ContentType;
import org.whichtherapist.source.FrontMatter;
import org.whichtherapist.source.SourceDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The footer's pages on who runs the site and how ({@link DisclosureKind}), made from {@link SiteOwner}'s data. */
public final class DisclosurePages {

    private DisclosurePages() {
    }

    /** The four pages, or none when the owner's file is missing or has a mistake (reported by {@link SiteOwner}). */
    public static List<SourceDocument> of(SiteOwner owner) {
        if (!owner.present() || !owner.valid()) {
            return List.of();
        }
        return java.util.Arrays.stream(DisclosureKind.values()).map(kind -> document(owner, kind)).toList();
    }

    private static SourceDocument document(SiteOwner owner, DisclosureKind kind) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int line = owner.lineOf("updated");
        values.put("title", kind.title());
        values.put("type", ContentType.DISCLOSURE.id());
        values.put("status", SourceDocument.PUBLISHED);
        values.put("date", owner.text("updated").orElseThrow());
        values.put("summary", kind.summary());
        values.put("kind", kind.word());
        values.keySet().forEach(key -> lines.put(key, line));
        return new SourceDocument(owner.path(), ContentType.DISCLOSURE.outputFolder() + kind.id() + ".md",
                new FrontMatter(values, lines, "", line));
    }
}
