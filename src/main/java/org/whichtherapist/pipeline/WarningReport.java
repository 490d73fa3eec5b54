package org.whichtherapist.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.whichtherapist.core.Problem;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.ledger.TargetFolders;

/**
 * A build's warnings as the owner reads them, in the terminal and the preview's bar: every one while there are
 * few; past {@value #ALL_UP_TO}, how many of each kind (messages differing only in quoted names, dates and numbers)
 * with the first few of each. The full list is always in {@value TargetFolders#WARNINGS}.
 */
public final class WarningReport {
    /** Up to this many, every warning is shown. */
    public static final int ALL_UP_TO = 20;
    private static final int KINDS_SHOWN = 10;
    private static final int FIRST_OF_FEW_KINDS = 3;
    private static final int FEW_KINDS = 5;
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2} (January|February|March|April|May|June|July|August"
            + "|September|October|November|December) \\d{4}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final String PREFIX = "warning: ";

    private WarningReport() {
    }

    /** The lines to show for {@code warnings}: each of them, or past {@value #ALL_UP_TO} a summary by kind. */
    public static List<String> lines(List<Problem> warnings) {
        if (warnings.size() <= ALL_UP_TO) {
            return warnings.stream().map(w -> PREFIX + w.format()).toList();
        }
        Map<String, List<Problem>> byKind = new LinkedHashMap<>();
        warnings.forEach(w -> byKind.computeIfAbsent(kind(w.message()), k -> new ArrayList<>()).add(w));
        List<Map.Entry<String, List<Problem>>> kinds = new ArrayList<>(byKind.entrySet());
        kinds.sort(Comparator.comparingInt((Map.Entry<String, List<Problem>> e) -> -e.getValue().size()));
        int examples = kinds.size() <= FEW_KINDS ? FIRST_OF_FEW_KINDS : 1;
        List<String> lines = new ArrayList<>();
        lines.add(PREFIX + count(warnings.size()) + " warnings of " + kinds.size() + (kinds.size() == 1 ? " kind" : " kinds")
                + "; the first " + (examples == 1 ? "" : examples + " ") + "of each below, every one in " + TargetFolders.WARNINGS + ":");
        for (Map.Entry<String, List<Problem>> kind : kinds.subList(0, Math.min(KINDS_SHOWN, kinds.size()))) {
            lines.add("  " + count(kind.getValue().size()) + " × " + kind.getKey());
            kind.getValue().stream().limit(examples).forEach(w -> lines.add("    " + PREFIX + w.format()));
        }
        if (kinds.size() > KINDS_SHOWN) {
            int rest = kinds.subList(KINDS_SHOWN, kinds.size()).stream().mapToInt(e -> e.getValue().size()).sum();
            lines.add("  " + count(rest) + " more of " + (kinds.size() - KINDS_SHOWN) + " other kinds: see " + TargetFolders.WARNINGS);
        }
        return List.copyOf(lines);
    }

    /** Writes every warning, one a line, to {@value TargetFolders#WARNINGS}; removes the file when there are none. */
    public static void write(Path project, List<Problem> warnings) throws IOException {
        Path file = new TargetFolders(project).warnings();
        if (warnings.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        SiteFiles.write(file, warnings.stream().map(w -> PREFIX + w.format() + "\n").collect(Collectors.joining()));
    }

    /** What a message says with its names, dates and numbers taken out, up to its first ';' or '('. */
    static String kind(String message) {
        String kind = QUOTED.matcher(message).replaceAll("…");
        kind = DATE.matcher(kind).replaceAll("…");
        kind = NUMBER.matcher(kind).replaceAll("…");
        int end = Stream.of(";", " (", " —").mapToInt(kind::indexOf).filter(at -> at > 0).min().orElse(kind.length());
        return kind.substring(0, end).strip();
    }

    private static String count(int number) {
        return String.format(Locale.UK, "%,d", number);
    }
}
