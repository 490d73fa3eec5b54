package org.whichtherapist.render.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;

/**
 * The qualification ladder: UK levels 7 down to 3 as rungs (others when used), each qualification on its
 * {@code level}'s rung, with the disciplines whose usual route (first {@code qualifications}) it is.
 */
final class QualificationLadder {
    static final String ID = "qualification-ladder";
    /** What each level is the same as, for readers who know degrees and A levels better than levels; 8 first. */
    private static final Map<Integer, String> LEVELS = new java.util.TreeMap<>(Map.of(8, "Doctorate",
            7, "Master's degree", 6, "Bachelor's degree", 5, "Foundation degree or HND",
            4, "Higher national certificate (HNC)", 3, "A level", 2, "GCSE grades 9 to 4", 1, "GCSE grades 3 to 1"))
            .descendingMap();
    private static final double WIDTH = 400;
    private static final double BOX_X = 118;
    private static final double BOX_WIDTH = WIDTH - BOX_X;
    private static final double PAD = 10;

    private QualificationLadder() {
    }

    /** What the rungs are drawn into: the picture, its words, and the site they come from. */
    private record Drawing(Svg svg, List<String> words, SiteContent site) {
    }

    static Figure of(SiteContent site) {
        Svg svg = new Svg();
        List<String> words = new ArrayList<>();
        Drawing drawing = new Drawing(svg, words, site);
        double y = 0;
        for (Map.Entry<Integer, String> level : LEVELS.entrySet()) {
            List<Page> here = site.qualifications().stream().filter(q -> level(q) == level.getKey()).toList();
            if (here.isEmpty() && (level.getKey() < 3 || level.getKey() > 7)) {
                continue; // levels 3 to 7 are always shown; the others only when a qualification is on them
            }
            y = row(drawing, y, "Level " + level.getKey(), level.getValue(), here);
        }
        List<Page> unlevelled = site.qualifications().stream().filter(q -> level(q) == 0).toList();
        if (!unlevelled.isEmpty()) {
            y = row(drawing, y, "No set level", "Depends on the course", unlevelled);
        }
        svg.line(BOX_X - 8, 0, BOX_X - 8, y, "diagram__rail");
        return new Figure(ID, "Training levels: where each qualification sits among UK qualification levels 3 to 7,"
                + " and which is the usual route into each kind of therapist.",
                svg.toSvg(ID + "-svg", WIDTH, y, "Qualification ladder: UK levels 3 to 7, with each qualification on"
                        + " its level. The same facts follow as a list."), words);
    }

    /** One rung: its label on the left, the qualifications on it as boxes; returns where the next rung starts. */
    private static double row(Drawing drawing, double top, String label, String sameAs, List<Page> qualifications) {
        Svg svg = drawing.svg();
        SiteContent site = drawing.site();
        List<String> sameAsLines = Svg.wrap(sameAs, BOX_X - 16, 12, false);
        svg.text(0, top + 24, 18, List.of(label), "diagram__label");
        svg.text(0, top + 42, 15, sameAsLines, "diagram__note");
        double labelBottom = top + 42 + 15 * sameAsLines.size();
        double y = top + PAD;
        List<String> said = new ArrayList<>();
        if (qualifications.isEmpty()) {
            svg.text(BOX_X + PAD, top + 24, 16, List.of("None on this site"), "diagram__note");
            y = top + 34;
        }
        for (Page qualification : qualifications) {
            List<String> title = Svg.wrap(qualification.title(), BOX_WIDTH - 2 * PAD, 14, true);
            List<Page> routeOf = site.disciplines().stream()
                    .filter(d -> !site.refs(d, "qualifications").isEmpty()
                            && site.refs(d, "qualifications").get(0).id().equals(qualification.id()))
                    .toList();
            String names = String.join(", ", routeOf.stream().map(d -> d.title().toLowerCase(Locale.UK)).toList());
            String becomeA = "become " + (names.matches("[aeiou].*") ? "an " : "a ") + names;
            List<String> route = routeOf.isEmpty() ? List.of()
                    : Svg.wrap("Usual route to " + becomeA, BOX_WIDTH - 2 * PAD, 12, false);
            double height = PAD + 18 * title.size() + 16 * route.size() + PAD - 2;
            svg.rect(BOX_X, y, BOX_WIDTH, height, routeOf.isEmpty() ? "diagram__box" : "diagram__box diagram__box--route");
            svg.text(BOX_X + PAD, y + PAD + 13, 18, title, "diagram__label");
            svg.text(BOX_X + PAD, y + PAD + 18 * title.size() + 12, 16, route, "diagram__note");
            said.add(qualification.title() + (routeOf.isEmpty() ? "" : ", the usual route to " + becomeA));
            y += height + 8;
        }
        double bottom = Math.max(labelBottom, y) + 6;
        svg.line(0, bottom, WIDTH, bottom, "diagram__rung");
        drawing.words().add(label + " (" + sameAs.toLowerCase(Locale.UK).replace("hnd", "HND").replace("hnc", "HNC") + "): "
                + (said.isEmpty() ? "none on this site." : String.join("; ", said) + "."));
        return bottom + 4;
    }

    private static int level(Page qualification) {
        return qualification.data().get("level") instanceof Long level ? level.intValue() : 0;
    }
}
