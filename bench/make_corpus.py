#!/usr/bin/env python3
"""Writes a synthetic corpus of N articles, the same Markdown for both generators.

usage: make_corpus.py N OUT_DIR [SHAPE]
  OUT_DIR/ours/content/articles/*.md  (run.sh adds the project: pom.xml, src/main, templates, ...)
  OUT_DIR/hugo/content/articles/*.md  (run.sh adds the minimal theme from bench/hugo/)
Fixed seed: the same N always gives the same files. Prints the corpus's shape.

SHAPE is one of (default grown):
  grown     a health site that has grown for ten years (below);
  notes     many short notes (60-600 words, most near 150), 0-3 topics each from a pool of 1,500 used
            almost evenly (so most topics have a page of their own with one or two posts), few links;
  handbook  long chapters (1,500-7,000 words, most near 3,000) with h2/h3/h4 sections, footnotes,
            large tables and 8-20 links to other chapters and their headings, 2-5 topics from 60.

The grown shape:
- post length 300-3,000 words (triangular, most near 800), paragraphs of 2-6 sentences;
- words drawn from a Zipf distribution over a vocabulary of about 6,000 (real prose: a few words
  very common, most rare), so the search index has realistic posting lists;
- h2/h3 sections, bulleted, numbered and nested lists, a table in most posts, emphasis and strong
  emphasis, code spans in about a third of paragraphs, an occasional fenced code block and quote;
- 1-8 tags from a pool of 200, some tags far more popular than others (Zipf again);
- 2-6 links to other articles, one of them to a heading (#key-points), and one external link.
"""
import itertools
import os
import random
import sys
from datetime import date, timedelta

BASE = ("muscle joint therapist treatment pain recovery stretch massage exercise injury knee back "
        "shoulder hip posture movement strength session appointment clinic training course degree "
        "register assessment advice tissue tension sport runner office desk neck ankle tendon "
        "rehabilitation mobility referral waiting list practitioner evidence plan goal week month "
        "gentle firm pressure hands routine warm cool rest sleep habit").split()
SYLLABLES = ("ba be bi bo bu ca ce co cu da de di do fa fe fi fo ga ge go ha he hi ho la le li lo lu "
             "ma me mi mo mu na ne ni no pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu "
             "va ve vi vo ar er in on or an en al el il ol st tr pl gr").split()
STOP = "the of and to a in is that for it as with be on not this are by or can you your from at".split()
CODE = ["site.precompress", "mvn package", "jbake.properties", "status: draft", "reviewed:",
        "content/articles", "--timings", "npm run build", "target/site", "aliases:"]
# Ids from the project's content/_data/sources.yml, which run.sh copies in with people.yml
# (the author and reviewer below are the placeholders the real pages use).
SOURCES = ["csp", "cnhc", "nhs-physiotherapy", "nice-ng59"]


def vocabulary(rng):
    words = list(STOP) + list(BASE)
    seen = set(words)
    for length in (2, 3, 4):
        for combo in itertools.product(SYLLABLES, repeat=length):
            if len(words) >= 6000:
                break
            if rng.random() < 0.02:
                w = "".join(combo)
                if w not in seen:
                    seen.add(w)
                    words.append(w)
    # Zipf's law: the k-th most common word appears about 1/k as often as the first.
    weights = [1.0 / (k + 1) ** 1.05 for k in range(len(words))]
    total = 0.0
    cumulative = []
    for w in weights:
        total += w
        cumulative.append(total)
    return words, cumulative


class Writer:
    def __init__(self, rng, vocab, cumulative):
        self.rng, self.vocab, self.cum = rng, vocab, cumulative

    def words(self, n):
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def sentence(self, n=None):
        rng = self.rng
        words = self.words(n or rng.randint(8, 20))
        if rng.random() < 0.25:
            i = rng.randrange(len(words))
            words[i] = ("*%s*" if rng.random() < 0.6 else "**%s**") % words[i]
        if rng.random() < 0.12:
            words.insert(rng.randrange(len(words)), "`%s`" % rng.choice(CODE))
        return " ".join(words).capitalize() + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def title(self):
        return " ".join(self.words(self.rng.randint(3, 7))).capitalize()


class Shape:
    """The numbers that make one shape of corpus."""

    def __init__(self, words, tags, tag_pool, tag_skew, links, sections, footnotes):
        self.words = words          # (min, max, mode) of words per post
        self.tags = tags            # (min, max) topics per post
        self.tag_pool = tag_pool    # how many topics there are
        self.tag_skew = tag_skew    # Zipf exponent of topic popularity (0: all alike)
        self.links = links          # (min, max) links to other posts
        self.sections = sections    # heading levels used: 3 (h2, h3) or 4 (h2-h4)
        self.footnotes = footnotes  # chance that a section has a footnote


SHAPES = {
    "grown": Shape((200, 2900, 700), (1, 8), 200, 0.9, (2, 6), 3, 0.0),
    "notes": Shape((60, 600, 150), (0, 3), 1500, 0.1, (0, 2), 3, 0.0),
    "handbook": Shape((1500, 7000, 3000), (2, 5), 60, 0.6, (8, 20), 4, 0.4),
}


def tag_pool(rng, vocab, shape):
    pool, seen = [], set()
    while len(pool) < shape.tag_pool:
        name = "%s %s" % (rng.choice(BASE), rng.choice(vocab[60:2000]))
        if name not in seen:
            seen.add(name)
            pool.append(name)
    weights = [1.0 / (k + 1) ** shape.tag_skew for k in range(len(pool))]
    return pool, weights


def article(w, shape, day, tags, others):
    rng = w.rng
    low, high, mode = shape.words
    target = int(rng.triangular(low, high, mode))
    head = ["---",
            'title: "%s"' % w.title(),
            "type: article",
            "status: published",
            "date: %s" % day.isoformat(),
            "reviewed: 2026-06-01",
            "author: jo-example",
            "reviewer: sam-example",
            "care: urgent",
            "summary: %s" % w.sentence(rng.randint(12, 25)).replace("*", "").replace("`", "").replace(":", ""),
            "tags: [%s]" % ", ".join('"%s"' % t for t in tags),
            "sources: [%s]" % rng.choice(SOURCES),
            "---", ""]
    body = []
    notes = []
    count = 0

    def add(block):
        nonlocal count
        body.extend([block, ""])
        count += len(block.split())

    add(w.sentence())
    section = 0
    links = list(others)
    while count < target:
        section += 1
        add("## %s" % w.title())
        for _ in range(rng.randint(1, 3)):
            if count < target:
                add(w.paragraph())
        kind = rng.random() if count < target else 1.0
        if kind < 0.3:
            add("\n".join("- %s" % w.sentence(rng.randint(4, 10)) for _ in range(rng.randint(3, 6))))
        elif kind < 0.5:
            add("\n".join("%d. %s" % (k + 1, w.sentence(rng.randint(5, 12))) for k in range(rng.randint(3, 5))))
        elif kind < 0.6:
            add("- %s\n  - %s\n  - %s\n- %s" % tuple(w.sentence(rng.randint(4, 8)) for _ in range(4)))
        elif kind < 0.7:
            add("> %s" % w.sentence())
        elif kind < 0.75:
            add("```text\n%s\n%s\n```" % (rng.choice(CODE), " ".join(w.words(6))))
        if section == 2 or (section > 2 and rng.random() < 0.15):
            rows = ["| %s | %s |" % (w.sentence(rng.randint(2, 4)), w.sentence(rng.randint(3, 8)))
                    for _ in range(rng.randint(3, 6))]
            add("\n".join(["| Question | Short answer |", "|---|---|"] + rows))
        if links and rng.random() < 0.5:
            add("See also [%s](article-%05d.md). %s" % (" ".join(w.words(3)), links.pop(), w.sentence()))
        if section == 3 or (shape.sections == 4 and section > 1 and rng.random() < 0.5):
            add("### %s" % w.title())
            add(w.paragraph())
            if shape.sections == 4 and rng.random() < 0.5:
                add("#### %s" % w.title())
                add(w.paragraph())
        if rng.random() < shape.footnotes:
            note = "n%d" % section
            add("%s[^%s] %s" % (w.sentence(), note, w.sentence()))
            notes.append("[^%s]: %s" % (note, w.sentence()))
    for other in links:
        add("More: [%s](article-%05d.md)." % (" ".join(w.words(3)), other))
    if others:
        add("Read more on [the NHS website](https://www.nhs.uk/) and [the key points of another article]"
            "(article-%05d.md#key-points)." % others[0])
    add("## Key points")
    add(w.sentence())
    if notes:
        add("\n".join(notes))
    return "\n".join(head + body), count


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    shape_name = sys.argv[3] if len(sys.argv) > 3 else "grown"
    shape = SHAPES[shape_name]
    rng = random.Random(20261124 + n + 1000 * list(SHAPES).index(shape_name))
    vocab, cumulative = vocabulary(random.Random(7))
    w = Writer(rng, vocab, cumulative)
    pool, tag_weights = tag_pool(random.Random(11), vocab, shape)
    first = date(2015, 1, 1)
    for target in ("ours/content/articles", "hugo/content/articles"):
        os.makedirs(os.path.join(out, target), exist_ok=True)
    lengths, tag_counts, used = [], [], {}
    for i in range(n):
        day = first + timedelta(days=(i * 3650) // n)
        tags = set()
        wanted = rng.randint(*shape.tags)
        while len(tags) < wanted:
            tags.add(rng.choices(pool, weights=tag_weights)[0])
        tags = sorted(tags)
        for t in tags:
            used[t] = used.get(t, 0) + 1
        others = [rng.randrange(n) for _ in range(rng.randint(*shape.links))]
        text, words = article(w, shape, day, tags, others)
        lengths.append(words)
        tag_counts.append(len(tags))
        for target in ("ours/content/articles", "hugo/content/articles"):
            with open(os.path.join(out, target, "article-%05d.md" % i), "w", encoding="utf-8") as f:
                f.write(text)
    lengths.sort()
    print("corpus %d (%s): words per post min %d, median %d, max %d; tags per post %d-%d (mean %.1f), %d tags in use,"
          " largest tag %d posts" % (n, shape_name, lengths[0], lengths[len(lengths) // 2], lengths[-1],
                                     shape.tags[0], shape.tags[1], sum(tag_counts) / n, len(used),
                                     max(used.values(), default=0)), file=sys.stderr)


if __name__ == "__main__":
    main()
