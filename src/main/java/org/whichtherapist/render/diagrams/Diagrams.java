package org.whichtherapist.render.diagrams;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.whichtherapist.content.SiteContent;

/** The diagrams drawn from front matter, by id: {@code ${pictures.diagram("qualification-ladder")?no_esc}}; each drawn once per build. */
public final class Diagrams {
    /** Every diagram a page may ask for; ContentSchema lists the same ids for the {@code diagrams} field. */
    public static final List<String> IDS = List.of(QualificationLadder.ID, WhoDoesWhat.ID);
    private static final Map<String, Function<SiteContent, Figure>> DRAWERS = Map.of(
            QualificationLadder.ID, QualificationLadder::of, WhoDoesWhat.ID, WhoDoesWhat::of);

    private final SiteContent site;
    private final Map<String, String> drawn = new ConcurrentHashMap<>();

    public Diagrams(SiteContent site) {
        this.site = site;
    }

    /** The diagram as HTML: a figure with the SVG, its caption and the same facts in words. */
    public String html(String id) {
        Function<SiteContent, Figure> drawer = DRAWERS.get(id);
        if (drawer == null) {
            throw new IllegalArgumentException("there is no diagram '" + id + "'; there are: " + String.join(", ", IDS));
        }
        return drawn.computeIfAbsent(id, k -> drawer.apply(site).html());
    }
}
