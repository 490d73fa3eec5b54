#!/usr/bin/env python3
"""What a reader downloads from a built site, gzipped at zlib's level 6 (as hosts send it):

  largest HTML page, and how many pages are over 14 KB;
  what the search page fetches for a query, following assets/js/search.js step by step: the first
  file (search/index.json), the word slices that may hold each word typed, and one file per
  result for the first 10 results (ranked as the script ranks them);
  the most a word on no page fetches of spelling lists (search/s/N.json): for each length of word
  typed, the lists a suggestion may be in (one letter more or fewer up to five letters, else two).

usage: weigh.py SITE_FOLDER "knee pain"
  -> prints "LARGEST_PAGE LARGEST_BYTES OVER_BUDGET SEARCH_BYTES SEARCH_FILES MATCHES MISS_BYTES"
SiteAtScaleTest measures the same search in a real browser on a 1,000-article site, and
SearchAtScaleTest a misspelled query against a correct one on 5,000 articles.
"""
import json
import os
import re
import sys
import unicodedata
import zlib

BUDGET = 14 * 1024
WEIGHTS = [(8, 20), (4, 5), (2, 3), (1, 1)]


def gzipped(path):
    with open(path, "rb") as f:
        data = f.read()
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return len(c.compress(data) + c.flush()) + 18


def terms(query):
    text = unicodedata.normalize("NFD", query.lower())
    text = re.sub("[\u0300-\u036f]", "", text)
    return [t for t in re.split(r"[\W_]+", text) if len(t) > 1]


def slices_for(first, term):
    at = 0
    while at + 1 < len(first) and first[at + 1] <= term:
        at += 1
    found = [at]
    while len(term) > 2 and at + 1 < len(first) and first[at + 1].startswith(term):
        at += 1
        found.append(at)
    return found


def largest_miss(search):
    """The most one word on no page fetches of spelling lists, gzipped (SpellingLists.java)."""
    sizes = {}
    folder = os.path.join(search, "s")
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            sizes[int(name.split(".")[0])] = gzipped(os.path.join(folder, name))
    most = 0
    for typed in range(3, 27):
        edits = 1 if typed <= 5 else 2
        most = max(most, sum(sizes.get(n, 0) for n in range(typed - edits, typed + edits + 1)))
    return most


def main():
    site, query = sys.argv[1], sys.argv[2]
    largest, largest_bytes, over = "", 0, 0
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                size = gzipped(path)
                over += size > BUDGET
                if size > largest_bytes:
                    largest, largest_bytes = os.path.relpath(path, site), size
    search = os.path.join(site, "search")
    fetched = {"index.json"}
    with open(os.path.join(search, "index.json")) as f:
        entry = json.load(f)
    per_term = []
    for term in terms(query):
        found = {}
        for i in slices_for(entry["shards"], term):
            fetched.add("w/%d.json" % i)
            with open(os.path.join(search, "w/%d.json" % i)) as f:
                words = json.load(f)
            for word, numbers in words.items():
                if word == term or (len(term) > 2 and word.startswith(term)):
                    page = -1
                    for n in numbers:
                        page += n // 16
                        score = sum(w for bit, w in WEIGHTS if n & bit)
                        found[page] = max(found.get(page, 0), score)
        per_term.append(found)
    matches = [(-sum(t[p] for t in per_term), p) for p in per_term[0] if all(p in t for t in per_term)]
    matches.sort()
    for _, page in matches[:10]:
        fetched.add("p/%d.json" % page)
    total = sum(gzipped(os.path.join(search, name)) for name in fetched)
    print(largest, largest_bytes, over, total, len(fetched), len(matches), largest_miss(search))


if __name__ == "__main__":
    main()
