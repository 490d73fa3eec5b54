#!/usr/bin/env python3
"""Runs a command and prints "MS TREE_KB LARGEST_KB" on stdout (the command's own output goes to
the files given by --out/--err, default /dev/null):

  MS          wall time in milliseconds
  TREE_KB     peak of the resident memory of the process and all its descendants, summed
              (mvn package: Maven's JVM and the build's JVM together; shared libraries count twice)
  LARGEST_KB  peak resident memory of the single largest process among them

Memory is sampled every 50 ms from /proc (children lists and VmRSS), so a peak shorter than that
can be missed.

usage: measure.py [--out FILE] [--err FILE] COMMAND...
"""
import os
import subprocess
import sys
import time


def descendants(pid):
    found = [pid]
    i = 0
    while i < len(found):
        p = found[i]
        i += 1
        try:
            for task in os.listdir("/proc/%d/task" % p):
                with open("/proc/%d/task/%s/children" % (p, task)) as f:
                    found.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def rss_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    args = sys.argv[1:]
    out, err = os.devnull, os.devnull
    while args and args[0] in ("--out", "--err"):
        if args[0] == "--out":
            out = args[1]
        else:
            err = args[1]
        args = args[2:]
    with open(out, "ab") as o, open(err, "ab") as e:
        start = time.monotonic()
        child = subprocess.Popen(args, stdout=o, stderr=e)
        tree = largest = 0
        while child.poll() is None:
            sizes = [rss_kb(p) for p in descendants(child.pid)]
            tree = max(tree, sum(sizes))
            largest = max([largest] + sizes)
            time.sleep(0.05)
        ms = int((time.monotonic() - start) * 1000)
    if child.returncode != 0:
        sys.stderr.write("failed (exit %d): %s\n" % (child.returncode, " ".join(args)))
        sys.exit(child.returncode)
    print(ms, tree, largest)


if __name__ == "__main__":
    main()
