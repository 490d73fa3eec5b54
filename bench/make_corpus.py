#!/usr/bin/env python3
"""Writes a synthetic corpus of N articles, the same Markdown for both generators.

usage: make_corpus.py N OUT_DIR
  OUT_DIR/ours  : a project folder for this generator (real templates, assets, jbake.properties
                  copied in by run.sh; content/articles/*.md written here)
  OUT_DIR/hugo  : a Hugo site (theme from bench/hugo/, content/articles/*.md written here)
Fixed seed: the same N always gives the same files.
"""
import os
import random
import sys
from datetime import date, timedelta

WORDS = ("muscle joint therapist treatment pain recovery stretch massage exercise injury knee back "
         "shoulder hip posture movement strength session appointment clinic training course degree "
         "register assessment advice tissue tension sport runner office desk neck ankle tendon "
         "rehabilitation mobility referral waiting list practitioner evidence plan goal week month "
         "gentle firm pressure hands routine warm cool rest sleep habit").split()
TAGS = ["topic %d" % i for i in range(60)]
SOURCES = ["Health and Care Professions Council", "Chartered Society of Physiotherapy",
           "NHS website", "Sport and Exercise Medicine guidance"]


def sentence(rng, n=None):
    n = n or rng.randint(8, 16)
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, sentences=3):
    return " ".join(sentence(rng) for _ in range(sentences))


def article(rng, i, n, day):
    title = "Article %d: %s %s" % (i, rng.choice(WORDS), rng.choice(WORDS))
    tags = rng.sample(TAGS, 3)
    others = [rng.randrange(n) for _ in range(3)]
    head = ["---",
            'title: "%s"' % title,
            "type: article",
            "status: published",
            "date: %s" % day.isoformat(),
            "reviewed: %s" % (day + timedelta(days=30)).isoformat(),
            "summary: %s" % sentence(rng, 12),
            "tags: [%s]" % ", ".join(tags),
            'sources: ["%s"]' % rng.choice(SOURCES),
            "---", ""]
    body = [paragraph(rng), "", paragraph(rng), "",
            "## What it involves", "", paragraph(rng), "",
            "- %s" % sentence(rng, 6), "- %s" % sentence(rng, 6), "- %s" % sentence(rng, 6), "",
            "See also [a related article](article-%05d.md) and [another one](article-%05d.md)."
            % (others[0], others[1]), "",
            "## How it compares", "",
            "| Question | Short answer |", "|---|---|",
            "| How long? | %s |" % sentence(rng, 4),
            "| How often? | %s |" % sentence(rng, 4),
            "| Who to see? | %s |" % sentence(rng, 4), "",
            paragraph(rng, 4), "",
            "### Questions to ask", "",
            "1. %s" % sentence(rng, 7), "2. %s" % sentence(rng, 7), "3. %s" % sentence(rng, 7), "",
            "More reading: [the NHS website](https://www.nhs.uk/) and "
            "[one more article](article-%05d.md)." % others[2], "",
            "## Before you book", "", paragraph(rng, 4), "", paragraph(rng, 4), "",
            "## Key points", "", paragraph(rng, 5), "", paragraph(rng, 4), ""]
    return "\n".join(head + body)


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261124 + n)
    first = date(2015, 1, 1)
    for target in ("ours/content/articles", "hugo/content/articles"):
        os.makedirs(os.path.join(out, target), exist_ok=True)
    for i in range(n):
        day = first + timedelta(days=(i * 3650) // n)
        text = article(rng, i, n, day)
        for target in ("ours/content/articles", "hugo/content/articles"):
            with open(os.path.join(out, target, "article-%05d.md" % i), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
