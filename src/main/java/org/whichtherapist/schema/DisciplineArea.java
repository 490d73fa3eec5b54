package org.whichtherapist.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The areas a discipline's {@code areas} field may name, each with the short label the "who does what"
 * picture shows and the plain words its list and the discipline page's "At a glance" use. Musculoskeletal
 * (the NHS's "bones and joints"), neurology, cardiovascular and respiratory are the NHS's four areas of
 * physiotherapy; soft tissue (muscles, tendons, ligaments) is where massage works, not the joints.
 */
public enum DisciplineArea {
    MUSCULOSKELETAL("musculoskeletal", "Bones, joints", "bones and joints"),
    SOFT_TISSUE("soft-tissue", "Soft tissue", "muscles and other soft tissue"),
    NEUROLOGY("neurology", "Nerves", "nerve problems"),
    CARDIOVASCULAR("cardiovascular", "Heart", "heart and circulation"),
    RESPIRATORY("respiratory", "Breathing", "breathing problems"),
    SPORT("sport", "Sport", "sport and exercise"),
    RELAXATION("relaxation", "Relaxation", "stress and relaxation");

    private final String id;
    private final String label;
    private final String words;

    DisciplineArea(String id, String label, String words) {
        this.id = id;
        this.label = label;
        this.words = words;
    }

    /** As written in front matter. */
    public String id() {
        return id;
    }

    /** A few letters, for the picture. */
    public String label() {
        return label;
    }

    /** Plain words, for lists and sentences. */
    public String words() {
        return words;
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(DisciplineArea::id).toArray(String[]::new);
    }

    public static Optional<DisciplineArea> of(String id) {
        return Arrays.stream(values()).filter(area -> area.id.equals(id)).findFirst();
    }

    /** The words of each id the schema allows, in the order written; others are left out. */
    public static List<String> wordsOf(List<String> ids) {
        return ids.stream().map(DisciplineArea::of).flatMap(Optional::stream).map(DisciplineArea::words).toList();
    }
}
