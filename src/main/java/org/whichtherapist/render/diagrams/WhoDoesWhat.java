package org.whichtherapist.render.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.schema.DisciplineArea;

/** "Who does what": for each discipline, how hands-on it is ({@code style}) and its main {@code areas}. */
final class WhoDoesWhat {
    static final String ID = "who-does-what";
    private static final Map<String, Integer> HANDS_ON = Map.of("hands-off", 1, "mixed", 2, "hands-on", 3);
    private static final Map<String, String> STYLE_WORDS = Map.of("hands-off", "Mostly hands-off", "mixed",
            "A mix of hands-on and hands-off", "hands-on", "Mostly hands-on");
    private static final double WIDTH = 400;
    private static final int COLUMNS = 3;
    private static final double GAP = 6;
    private static final double CHIP_WIDTH = (WIDTH - (COLUMNS - 1) * GAP) / COLUMNS;
    private static final double CHIP_HEIGHT = 26;

    private WhoDoesWhat() {
    }

    static Figure of(SiteContent site) {
        Svg svg = new Svg();
        List<String> words = new ArrayList<>();
        double y = legend(svg);
        for (Page discipline : site.disciplines()) {
            y = discipline(svg, words, discipline, y);
        }
        return new Figure(ID, "Who does what: how hands-on each kind of therapist tends to be, and the main areas"
                + " they work in.", svg.toSvg(ID + "-svg", WIDTH, y, "Who does what: for each of the "
                + site.disciplines().size() + " kinds of therapist, how hands-on they tend to be and the areas they"
                + " treat. The same facts follow as a list."), words);
    }

    private static double legend(Svg svg) {
        svg.rect(0, 4, 40, 20, "diagram__chip diagram__chip--yes");
        svg.tick(14, 7, "diagram__tick");
        svg.text(48, 19, 16, List.of("a main area of their work"), "diagram__note");
        svg.rect(218, 4, 40, 20, "diagram__chip");
        svg.text(266, 19, 16, List.of("not a main area"), "diagram__note");
        return 40;
    }

    private static double discipline(Svg svg, List<String> words, Page discipline, double top) {
        svg.line(0, top, WIDTH, top, "diagram__rung");
        List<String> name = Svg.wrap(discipline.title(), WIDTH, 15, true);
        svg.text(0, top + 22, 19, name, "diagram__label");
        double y = top + 22 + 19 * (name.size() - 1) + 24;
        String style = String.valueOf(discipline.data().get("style"));
        int steps = HANDS_ON.getOrDefault(style, 0);
        svg.text(0, y, 16, List.of("How hands-on:"), "diagram__note");
        for (int i = 0; i < 3; i++) {
            svg.rect(100 + i * 18, y - 11, 14, 12, i < steps ? "diagram__step diagram__step--on" : "diagram__step");
        }
        String styleWords = STYLE_WORDS.getOrDefault(style, style);
        svg.text(160, y, 16, List.of(styleWords), "diagram__note");
        y += 12;
        List<String> treats = new ArrayList<>();
        List<String> notTreated = new ArrayList<>();
        List<String> areas = discipline.list("areas");
        int i = 0;
        for (DisciplineArea area : DisciplineArea.values()) {
            double x = (i % COLUMNS) * (CHIP_WIDTH + GAP);
            double chipY = y + (i / COLUMNS) * (CHIP_HEIGHT + GAP);
            boolean yes = areas.contains(area.id());
            svg.rect(x, chipY, CHIP_WIDTH, CHIP_HEIGHT, yes ? "diagram__chip diagram__chip--yes" : "diagram__chip");
            if (yes) {
                svg.tick(x + 8, chipY + 4, "diagram__tick");
            }
            svg.text(x + 26, chipY + 18, 16, List.of(area.label()), yes ? "diagram__chip-text--yes" : "diagram__note");
            (yes ? treats : notTreated).add(area.words());
            i++;
        }
        y += ((DisciplineArea.values().length + COLUMNS - 1) / COLUMNS) * (CHIP_HEIGHT + GAP) + 12;
        words.add(discipline.title() + ": " + styleWords.toLowerCase(java.util.Locale.UK) + ". Main areas: "
                + (treats.isEmpty() ? "none listed" : and(treats)) + "."
                + (notTreated.isEmpty() ? "" : " Not a main area: " + and(notTreated) + "."));
        return y;
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
