package org.whichtherapist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.whichtherapist.core.BuildMode;

/**
 * The fixture project grown to a thousand articles, as a site looks after ten years: posts of
 * 300–2,100 words drawn from a vocabulary of a few thousand words (a few very common, most rare),
 * sections, lists, a table, emphasis and code spans, 1–8 topics from a pool of 200 (some far more
 * popular than others), links to other articles. The same seed always writes the same files
 * (bench/make_corpus.py writes the benchmark's corpora in the same spirit). Built once per test run;
 * {@link #built(int)} grows it to another size.
 */
public final class GrownSite {
    public static final int ARTICLES = 1000;
    /** The size the benchmark's largest corpus has (bench/make_corpus.py 5000). */
    public static final int LARGEST = 5000;
    private static final java.util.Map<Integer, BuiltSite> BUILT = new java.util.HashMap<>();

    private GrownSite() {
    }

    public static BuiltSite built() {
        return built(ARTICLES);
    }

    /** The fixture grown to {@code articles} articles, built once per test run. */
    public static synchronized BuiltSite built(int articles) {
        return BUILT.computeIfAbsent(articles, count -> {
            Path project = TestSites.newFixtureProject();
            write(project.resolve("content/articles"), count, new Random(20261201));
            return TestSites.build(project, BuildMode.PUBLISH);
        });
    }

    static void write(Path folder, int count, Random random) {
        Words words = new Words(random);
        List<String> topics = new ArrayList<>();
        while (topics.size() < 200) {
            String topic = words.common(40) + "-" + words.any();
            if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        LocalDate first = LocalDate.of(2016, 1, 1);
        try {
            for (int i = 0; i < count; i++) {
                TreeSet<String> tags = new TreeSet<>();
                int wanted = 1 + random.nextInt(8);
                while (tags.size() < wanted) {
                    tags.add(topics.get((int) Math.min(199, Math.floor(Math.pow(random.nextDouble(), 2.5) * 200))));
                }
                LocalDate date = first.plusDays(i * 3650L / count);
                StringBuilder md = new StringBuilder("---\ntitle: \"" + words.sentence(3 + random.nextInt(5), false)
                        + "\"\ntype: article\nstatus: published\ndate: " + date + "\nreviewed: 2026-05-01"
                        + "\nsummary: " + words.sentence(12 + random.nextInt(14), false) + "\ntags: [" + String.join(", ", tags)
                        + "]\nsources: [hcpc-register]\nauthor: jo-example\nreviewer: sam-example\ncare: urgent\n---\n\n");
                // At most 2,100 words of this hard-to-compress text: every health page also carries the care
                // box and the footer's links to who runs the site, and the longest posts must still fit the budget.
                int target = 300 + (int) (Math.pow(random.nextDouble(), 2) * 1800);
                int written = 0;
                for (int section = 1; written < target; section++) {
                    md.append("## ").append(words.sentence(2 + random.nextInt(4), false)).append("\n\n");
                    for (int p = 0; p < 1 + random.nextInt(3) && written < target; p++) {
                        int length = 40 + random.nextInt(80);
                        md.append(words.sentence(length, true)).append("\n\n");
                        written += length;
                    }
                    if (written >= target) {
                        break;
                    } else if (section % 3 == 1) {
                        for (int item = 0; item < 3 + random.nextInt(3); item++) {
                            md.append("- ").append(words.sentence(4 + random.nextInt(8), true)).append('\n');
                        }
                        md.append('\n');
                    } else if (section % 3 == 2) {
                        md.append("| Question | Short answer |\n|---|---|\n");
                        for (int row = 0; row < 3; row++) {
                            md.append("| ").append(words.sentence(3, false)).append(" | ")
                                    .append(words.sentence(6, true)).append(" |\n");
                        }
                        md.append('\n');
                    }
                    md.append("See also [another article](grown-").append(random.nextInt(count)).append(".md).\n\n");
                }
                Files.writeString(folder.resolve("grown-" + i + ".md"), md);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words with Zipf's law: the k-th most common about 1/k as often as the first. */
    private static final class Words {
        private static final String[] BASE = ("the of and to in is that for it as with be on not this are by or can "
                + "you your from at muscle joint therapist treatment pain recovery stretch massage exercise injury knee "
                + "back shoulder hip posture movement strength session appointment clinic training course tissue sport "
                + "runner neck ankle tendon mobility referral practitioner evidence plan week gentle pressure rest sleep")
                .split(" ");
        private static final String[] SYLLABLES = ("ba be bi bo bu ca ce co da de di do fa fe fi ga ge go ha he hi la "
                + "le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi ar er in "
                + "on or an en al el st tr").split(" ");
        private final Random random;
        private final List<String> vocabulary = new ArrayList<>();
        private final double[] cumulative;

        Words(Random random) {
            this.random = random;
            vocabulary.addAll(List.of(BASE));
            TreeSet<String> seen = new TreeSet<>(vocabulary);
            while (vocabulary.size() < 5000) {
                StringBuilder word = new StringBuilder();
                for (int s = 0; s < 2 + random.nextInt(3); s++) {
                    word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                if (seen.add(word.toString())) {
                    vocabulary.add(word.toString());
                }
            }
            cumulative = new double[vocabulary.size()];
            double total = 0;
            for (int k = 0; k < cumulative.length; k++) {
                total += 1.0 / Math.pow(k + 1, 1.05);
                cumulative[k] = total;
            }
        }

        String any() {
            double at = random.nextDouble() * cumulative[cumulative.length - 1];
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < at) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return vocabulary.get(low);
        }

        String common(int among) {
            return vocabulary.get(20 + random.nextInt(among));
        }

        String sentence(int length, boolean markup) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                String word = any();
                if (markup && random.nextInt(20) == 0) {
                    word = "*" + word + "*";
                } else if (markup && random.nextInt(40) == 0) {
                    word = "`" + word + ".properties`";
                }
                text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
            }
            return text.append(markup ? "." : "").toString();
        }
    }
}
