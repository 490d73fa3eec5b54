package org.whichtherapist.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.whichtherapist.check.CitedSource;
import org.whichtherapist.check.KeptLinkResults;
import org.whichtherapist.check.LinkProbe;
import org.whichtherapist.check.SourceCheckSettings;
import org.whichtherapist.check.SourceLinkReport;
import org.whichtherapist.check.SourceLinks;
import org.whichtherapist.source.ContentLoader;
import org.whichtherapist.health.SiteData;
import org.whichtherapist.source.Snippet;
import org.whichtherapist.source.SourceDocument;
import org.whichtherapist.health.SourceRecords;
import org.whichtherapist.core.BuildFailedException;
import org.whichtherapist.core.Problems;
import org.whichtherapist.ledger.TargetFolders;

/**
 * {@code exec:java@check-sources}: follows every source's address ({@link SourceLinks}) and prints those gone,
 * moved or unreachable, with the pages citing them ({@link SourceLinkReport}).
 */
public final class CheckSources {

    private CheckSources() {
    }

    /** Checks and prints; true when no source needs the owner's attention. */
    public static boolean run(Path projectFolder, PrintStream out, Clock clock)
            throws IOException, BuildFailedException, InterruptedException {
        ProjectData project = ProjectData.read(projectFolder);
        Problems settingsProblems = new Problems();
        SourceCheckSettings settings = SourceCheckSettings.read(project.settings(), settingsProblems);
        settingsProblems.addAll(project.data() == null ? project.problems() : new Problems());
        settingsProblems.throwIfAny();
        List<CitedSource> sources = cited(project);
        KeptLinkResults kept = KeptLinkResults.in(new TargetFolders(project.project()).sourceChecks());
        List<SourceLinks.Checked> checked = new SourceLinks(new LinkProbe(settings.timeout()), kept, settings.keptDays())
                .check(sources, clock.instant());
        kept.save(sources.stream().map(CitedSource::url).toList());
        out.print(new SourceLinkReport(project.data().sources().path()).format(checked, settings.keptDays()));
        return checked.stream().noneMatch(c -> c.result().outcome().needsAction());
    }

    /** Every usable source record, with the files that cite it: pages' {@code sources} and the care texts'. */
    static List<CitedSource> cited(ProjectData project) throws IOException {
        SiteData data = project.data();
        Map<String, List<String>> citedBy = new LinkedHashMap<>();
        for (SourceDocument doc : new ContentLoader(project.project()).load(project.contentFolder()).documents()) {
            doc.frontMatter().textList("sources").forEach(id -> citedBy.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(doc.path()));
        }
        for (Snippet text : data.care().all()) {
            text.sources().forEach(id -> citedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(text.path()));
        }
        SourceRecords records = data.sources();
        return records.ids().stream().flatMap(id -> records.find(id).map(record -> new CitedSource(id, record.url(),
                records.lineOf(id), List.copyOf(citedBy.getOrDefault(id, List.of())))).stream()).toList();
    }
}
