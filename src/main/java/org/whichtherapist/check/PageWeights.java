package org.whichtherapist.check;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.whichtherapist.core.GzippedSize;
import org.whichtherapist.render.SearchIndex;

/** How heavy the built pages and the search's downloads are, gzipped as a static host sends them. */
public record PageWeights(String largestPage, long largestBytes, long medianBytes, List<String> overBudget,
                          Search search) {

    /**
     * What the search downloads: its first file, at most a slice per word typed and a page file per result,
     * and for a word on no page at most {@code largestMiss} of spelling lists.
     */
    public record Search(long firstFile, long largestSlice, long largestPage, long largestMiss) {
    }

    /** What a page, its CSS inlined, may weigh to arrive in the first round trip (14 KB gzipped). */
    public static final long BUDGET = 14 * 1024;

    /** The weights of the pages read, each weighed when it was read ({@link PageScan#gzipped}), and of the search. */
    public static PageWeights of(BuiltPages site, SearchIndex.Written search) {
        record Weighed(String page, long bytes) {
        }
        List<Weighed> weighed = site.pages().stream().map(page -> new Weighed(page, site.scan(page).gzipped()))
                .filter(w -> w.bytes() > 0)
                .sorted(Comparator.comparingLong(Weighed::bytes).thenComparing(Weighed::page)).toList();
        Search downloads = new Search(GzippedSize.of(search.entry()), GzippedSize.of(search.largestSlice()),
                GzippedSize.of(search.largestPage()), search.largestMiss());
        if (weighed.isEmpty()) {
            return new PageWeights("", 0, 0, List.of(), downloads);
        }
        Weighed largest = weighed.get(weighed.size() - 1);
        List<String> over = weighed.stream().filter(w -> w.bytes() > BUDGET).map(Weighed::page).sorted().toList();
        return new PageWeights(largest.page(), largest.bytes(), weighed.get(weighed.size() / 2).bytes(), over,
                downloads);
    }

    public String describe() {
        return String.format(Locale.UK, "largest page %s %.1f KB, median %.1f KB; search: first file %.1f KB, largest"
                        + " word slice %.1f KB, largest page file %.1f KB, spelling lists a miss fetches at most %.1f KB"
                        + " (gzipped)", largestPage, largestBytes / 1024.0,
                medianBytes / 1024.0, search.firstFile() / 1024.0, search.largestSlice() / 1024.0,
                search.largestPage() / 1024.0, search.largestMiss() / 1024.0)
                + (overBudget.isEmpty() ? "" : String.format(Locale.UK, "%n  %d page%s over the %d KB budget (gzipped),"
                        + " too large to arrive in the first round trip: %s", overBudget.size(),
                        overBudget.size() == 1 ? " is" : "s are", BUDGET / 1024, String.join(", ",
                                overBudget.subList(0, Math.min(5, overBudget.size())))
                        + (overBudget.size() > 5 ? "…" : "")));
    }
}
