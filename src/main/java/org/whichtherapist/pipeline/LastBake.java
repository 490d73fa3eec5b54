package org.whichtherapist.pipeline;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;

import org.whichtherapist.content.Page;
import org.whichtherapist.content.SiteContent;
import org.whichtherapist.ledger.Fingerprint;
import org.whichtherapist.core.Hashes;
import org.whichtherapist.ledger.KeptResults;
import org.whichtherapist.core.SiteFiles;
import org.whichtherapist.render.BodyDependencies;
import org.whichtherapist.settings.SiteSettings;

/**
 * What a one-off build baked into its output, kept for the next build ({@code mvn package} is a new
 * process each time), so that after a change to the text of some pages the next build renders only
 * the parts that show that text ({@link BodyDependencies}) and takes every other file from the last
 * output, as the preview does between saves.
 * <p>
 * Only when nothing else can differ: the same code (the key of {@link KeptResults}), the same
 * {@link #inputs} (templates, assets, other files under content/, settings, build mode, day, time
 * zone and language), the same pages with the same front matter, and the output folder exactly as
 * that build left it ({@link SiteFiles#stamp}), and no build into another folder since. Anything else bakes everything. Pages are compared
 * by {@link Fingerprint}, as the checks compare built files.
 *
 * @param inputs       {@link #inputs} of that build
 * @param pages        the pages it baked ({@link Pages#of})
 * @param dependencies whose bodies each part of the bake read ({@link BodyDependencies#byPart})
 * @param folder       the output folder it was put in
 * @param output       {@link SiteFiles#stamp} of the output folder once the build had put it in place
 */
record LastBake(String inputs, Pages pages, HashMap<String, HashSet<String>> dependencies, String folder,
                String output) implements Serializable {

    /**
     * The pages of a site, each by its address: a fingerprint of its source file's name and front
     * matter, and one of its rendered body.
     */
    record Pages(HashMap<String, Fingerprint> frontMatter, HashMap<String, Fingerprint> bodies) implements Serializable {
        static Pages of(SiteContent site) {
            HashMap<String, Fingerprint> frontMatter = new HashMap<>();
            HashMap<String, Fingerprint> bodies = new HashMap<>();
            for (Page page : site.all()) {
                frontMatter.put(page.uri(), Fingerprint.of(page.source().contentPath() + '\n' + described(page.data())));
                bodies.put(page.uri(), Fingerprint.of(page.body()));
            }
            return new Pages(frontMatter, bodies);
        }
    }

    /** Where the last bake is kept: one for the project, whatever folder it went to (each build uses it). */
    static String key(KeptResults kept) {
        return kept.key("last bake");
    }

    /** Everything a bake depends on besides the pages themselves. */
    static String inputs(BuildContext context, List<Path> sourceFolders) throws IOException {
        String files = SourceInputs.contentHash(context.project().resolve(SiteSettings.FILE), sourceFolders, ".md");
        return Hashes.sha256Hex(bytes(files), bytes(new TreeMap<>(context.settings().values()).toString()),
                bytes(context.options().mode().name()), bytes(context.options().today().toString()),
                bytes(TimeZone.getDefault().getID()), bytes(Locale.getDefault().toLanguageTag()));
    }

    /** What the build that baked {@code pages} from {@code inputs} and put them in {@code output} leaves for the next. */
    static LastBake of(String inputs, Pages pages, BodyDependencies dependencies, Path output) throws IOException {
        return new LastBake(inputs, pages, dependencies.byPart(), name(output), SiteFiles.stamp(output));
    }

    /**
     * The pages whose body alone changed since this bake, for a build of {@code current} from
     * {@code currentInputs} into {@code output}; empty when anything else changed too.
     */
    Optional<Set<String>> changedBodies(String currentInputs, Pages current, Path output) throws IOException {
        if (!folder.equals(name(output)) || !inputs.equals(currentInputs)
                || !pages.frontMatter().equals(current.frontMatter())) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        current.bodies().forEach((uri, body) -> {
            if (!body.equals(pages.bodies().get(uri))) {
                changed.add(uri);
            }
        });
        if (!Files.isDirectory(output) || !SiteFiles.stamp(output).equals(this.output)) {
            return Optional.empty(); // the output was changed or removed since
        }
        return Optional.of(changed);
    }

    /** The value with the type of every part, so that a list and a text that prints the same differ. */
    private static String described(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            map.forEach((k, v) -> text.append(described(k)).append('=').append(described(v)).append(';'));
            return text.append('}').toString();
        }
        if (value instanceof Iterable<?> list) {
            StringBuilder text = new StringBuilder("[");
            list.forEach(item -> text.append(described(item)).append(';'));
            return text.append(']').toString();
        }
        return value == null ? "null" : value.getClass().getName() + ':' + value.toString().length() + ':' + value;
    }

    private static String name(Path folder) {
        return folder.toAbsolutePath().normalize().toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
