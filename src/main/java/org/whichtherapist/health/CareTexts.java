package org.whichtherapist.health;

import org.whichtherapist.schema.CareLevel;
import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.source.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.whichtherapist.core.Problems;

/**
 * The urgent-care advice, one {@link Snippet} per {@link CareLevel} ({@code content/_snippets/care-*.md}),
 * which every health page's care box shows.
 *
 * @param folder  how the owner sees the content folder, e.g. {@code content/}, for messages
 * @param retired the old single urgent-care file if it is still there
 */
public record CareTexts(Map<CareLevel, Snippet> texts, String folder, Optional<String> retired) {
    /** The one urgent-care file used before the three levels: its text belongs in the three files now. */
    static final String RETIRED_FILE = "_snippets/urgent-care.md";

    /** Reads the three texts under {@code contentFolder}; mistakes in them go to {@code problems}. */
    public static CareTexts read(Path project, Path contentFolder, Problems problems) throws IOException {
        Map<CareLevel, Snippet> texts = new EnumMap<>(CareLevel.class);
        for (CareLevel level : CareLevel.values()) {
            Path file = contentFolder.resolve(level.file());
            Snippet.read(file, ContentLoader.relative(project, file), level.file(), problems)
                    .ifPresent(text -> texts.put(level, text));
        }
        Path retired = contentFolder.resolve(RETIRED_FILE);
        String folder = ContentLoader.relative(project, contentFolder) + "/";
        return new CareTexts(Map.copyOf(texts), folder, Files.isRegularFile(retired)
                ? Optional.of(ContentLoader.relative(project, retired)) : Optional.empty());
    }

    public Optional<Snippet> of(CareLevel level) {
        return Optional.ofNullable(texts.get(level));
    }

    /** The texts there are, in the order of {@link CareLevel}. */
    public List<Snippet> all() {
        return java.util.Arrays.stream(CareLevel.values()).flatMap(level -> of(level).stream()).toList();
    }

    /**
     * Who checked a box of this level and when, for readers: its cards' reviewers (each once, with their
     * registration) and the earliest of their dates; empty while a card does not say (the build stops then).
     */
    public Optional<String> checkedBy(CareLevel level, People people) {
        List<Snippet> cards = level.cards().stream().flatMap(card -> of(card).stream()).toList();
        LinkedHashSet<String> who = new LinkedHashSet<>();
        cards.forEach(card -> card.document().frontMatter().textList("reviewer").forEach(id -> people.find(id)
                .ifPresent(p -> who.add(p.name() + p.registration().map(r -> ", " + r).orElse("")))));
        Optional<java.time.LocalDate> oldest = cards.stream().flatMap(card -> card.document().reviewed().stream())
                .min(java.util.Comparator.naturalOrder());
        if (who.isEmpty() || oldest.isEmpty() || cards.stream().anyMatch(card -> card.document().reviewed().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of("Checked by " + String.join(" and ", who) + ", on "
                + oldest.get().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + ".");
    }

    /** The ids of the sources behind a box of this level, card by card, each once. */
    public List<String> sources(CareLevel level) {
        return level.cards().stream().flatMap(card -> of(card).stream()).flatMap(text -> text.sources().stream())
                .distinct().toList();
    }

    /** A missing level (when there are health pages), a sign that joins two, the retired file still there. */
    public Problems check(boolean healthPages) {
        Problems problems = new Problems();
        if (healthPages) {
            for (CareLevel level : CareLevel.values()) {
                if (!texts.containsKey(level)) {
                    problems.error(folder + level.file(), 0, "the care text for the '" + level.id() + "' level is missing, and every"
                                    + " health page shows it", "put the file back (git checkout -- " + folder
                                    + level.file() + "); see docs/writing.md, \"Urgent-care advice\"");
                }
            }
        }
        all().forEach(text -> checkSigns(text, problems));
        retired.ifPresent(path -> problems.warn(path, 0, "this file is no longer used: the urgent-care advice is"
                + " written in three files, one per level of care", "move any change you made here into "
                + folder + "_snippets/care-emergency.md, care-urgent.md or care-self-care.md, then delete this file"));
        return problems;
    }

    /** A sign joining two with "and" asks the reader for both, and under-triages one who has only one. */
    private static void checkSigns(Snippet text, Problems problems) {
        List<String> lines = text.document().body().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if ((line.startsWith("- ") || line.startsWith("* ")) && JOINED.matcher(line).find()) {
                problems.error(text.path(), text.document().frontMatter().bodyLine() + i, "this sign joins two things"
                                + " with 'and', so a reader with only one of them may think it does not apply",
                        "make each sign enough on its own: put each on a line of its own, or join them with 'or'");
            }
        }
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("(?i)\\band\\b");
}
