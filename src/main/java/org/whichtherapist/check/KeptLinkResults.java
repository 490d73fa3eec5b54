package org.whichtherapist.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.whichtherapist.core.SiteFiles;

/** Earlier source checks' results, one line each, so a check within the kept days asks no site twice. */
public final class KeptLinkResults {
    private record Kept(Instant checked, LinkResult result) {
    }

    private final Path file;
    private final Map<String, Kept> byUrl = new LinkedHashMap<>();

    private KeptLinkResults(Path file) {
        this.file = file;
    }

    /** The results kept in {@code file}; none when it is missing. A line that cannot be read is dropped. */
    public static KeptLinkResults in(Path file) throws IOException {
        KeptLinkResults kept = new KeptLinkResults(file);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                try {
                    kept.byUrl.put(f[1], new Kept(Instant.parse(f[0]), new LinkResult(f[1],
                            LinkResult.Outcome.valueOf(f[2]), Integer.parseInt(f[3]), f[4], f[5])));
                } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | IllegalArgumentException e) {
                    // an unreadable line is checked again
                }
            }
        }
        return kept;
    }

    /** The result for {@code url} if it was checked less than {@code days} days before {@code now}. */
    public Optional<LinkResult> recent(String url, Instant now, int days) {
        Kept kept = byUrl.get(url);
        return kept != null && kept.checked().isAfter(now.minus(Duration.ofDays(days)))
                ? Optional.of(kept.result()) : Optional.empty();
    }

    /** Keeps a result, unless the site was unreachable: it may answer next time. */
    public void put(LinkResult result, Instant checked) {
        if (result.outcome() != LinkResult.Outcome.UNREACHABLE) {
            byUrl.put(result.url(), new Kept(checked, result));
        }
    }

    /** Writes the file afresh, the results of these addresses only. */
    public void save(java.util.Collection<String> urls) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String url : urls) {
            Kept kept = byUrl.get(url);
            if (kept != null) {
                LinkResult r = kept.result();
                text.append(String.join("\t", kept.checked().toString(), clean(r.url()), r.outcome().name(),
                        String.valueOf(r.status()), clean(r.finalUrl()), clean(r.note()))).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        SiteFiles.write(file, text.toString());
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
