package org.whichtherapist.check;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The source check's findings for the owner: each source that needs a look, with what happened, the pages
 * citing it and what to do; then how many are fine. {@code sourcesFile}: as the owner sees it.
 */
public record SourceLinkReport(String sourcesFile) {
    private record Part(LinkResult.Outcome outcome, String heading, String fix) {
    }

    private List<Part> parts() {
        return List.of(
                new Part(LinkResult.Outcome.GONE, "Sources whose page is gone", "find the page's new address on the"
                        + " publisher's site and put it in " + sourcesFile + ", or cite another source"),
                new Part(LinkResult.Outcome.MOVED, "Sources whose page has moved", "check the new address still says"
                        + " what the pages cite it for, then put it in " + sourcesFile),
                new Part(LinkResult.Outcome.UNREACHABLE, "Sources that could not be reached", "open the address in a"
                        + " browser; if it does not work there either, treat it as gone"),
                new Part(LinkResult.Outcome.REFUSED, "Sources that would not answer the check", "open the address in a"
                        + " browser to see that it still works; nothing to change if it does"),
                new Part(LinkResult.Outcome.REDIRECTED, "Sources that send readers elsewhere for now (a temporary"
                        + " redirect)", "nothing to change; look at them if the place they lead to is wrong"));
    }

    /** The report, ending with a line saying how many sources are fine and how many results were kept. */
    public String format(List<SourceLinks.Checked> checked, int keptDays) {
        StringBuilder out = new StringBuilder();
        Map<LinkResult.Outcome, List<SourceLinks.Checked>> byOutcome = checked.stream()
                .collect(Collectors.groupingBy(c -> c.result().outcome()));
        for (Part part : parts()) {
            List<SourceLinks.Checked> these = byOutcome.getOrDefault(part.outcome(), List.of());
            if (these.isEmpty()) {
                continue;
            }
            out.append(part.heading()).append(" (").append(these.size()).append("):\n");
            for (SourceLinks.Checked c : these) {
                LinkResult r = c.result();
                out.append("  ").append(sourcesFile).append(':').append(c.source().line()).append(": '")
                        .append(c.source().id()).append("' ").append(r.url()).append(": ").append(r.note()).append('\n');
                if (!r.finalUrl().equals(r.url()) && r.outcome() != LinkResult.Outcome.UNREACHABLE) {
                    out.append("    now at: ").append(r.finalUrl()).append('\n');
                }
                out.append("    cited by: ").append(c.source().citedBy().isEmpty() ? "no page"
                        : String.join(", ", c.source().citedBy())).append('\n');
                out.append("    what to do: ").append(part.fix()).append('\n');
            }
        }
        long fine = checked.stream().filter(c -> c.result().outcome() == LinkResult.Outcome.OK).count();
        long kept = checked.stream().filter(SourceLinks.Checked::kept).count();
        out.append("Checked ").append(checked.size()).append(" source").append(checked.size() == 1 ? "" : "s")
                .append(": ").append(fine).append(" answered at the address written");
        if (kept > 0) {
            out.append("; ").append(kept).append(" from a check in the last ").append(keptDays).append(" day")
                    .append(keptDays == 1 ? "" : "s").append(" (target/source-check)");
        }
        return out.append(".\n").toString();
    }
}
