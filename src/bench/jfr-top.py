#!/usr/bin/env python3
"""Top frames of a JFR recording (issue #13): reads `jfr print --stack-depth 96 --events
jdk.ExecutionSample` output on stdin; prints the hottest leaf frames, the hottest of our own
methods (the innermost org.arxivenrich frame of each sample), the share per extraction stage, and
per step of the extractor that holds it (titles named without a link, claims, structure, ...)."""
import collections
import re
import sys

STAGES = [  # (stage, frame substring), the first one found from the leaf outwards wins
    ("claims: dates", "mention.DateReader."), ("claims: titles", "mention.TitleReader."),
    ("claims: subject", "mention.SubjectReader."), ("claims: other", "mention.ClaimReader."),
    ("claims: other", "mention.ClaimScope."), ("claims: other", "mention.Units."),
    ("structure", "mention.StructureReader."), ("structure", "mention.PlainStructure."),
    ("structure", "mention.OwnDates."), ("structure", "mention.TextTables."),
    ("structure", "mention.MarkdownStructure."), ("structure", "mention.HtmlStructure."),
    ("structure", "mention.BibtexEntries."), ("structure", "mention.MailingDigest."),
    ("citations", "mention.CitationLinker."), ("id scan", "mention.IdScanner."),
    ("id scan", "mention.UrlClassifier."), ("id scan", "mention.ArxivId."),
    ("id scan", "mention.CandidateStarts."),
    ("html", "article.HtmlTextExtractor."), ("decode", "article.TextDecoder."),
    ("decode", "article.ChineseTextScore."), ("read", "article.ArticleReader."),
    ("extract: other", "mention."),
]

STEPS = [  # (step of MentionExtractor.extractAll, frame substring), the first one listed that a
    # sample holds wins: where a pattern's time goes by what the extractor was doing
    ("titles no link", "mention.TitleCandidates.find"), ("claims", "mention.ClaimReader."),
    ("structure", "mention.StructureReader."), ("citations", "mention.CitationLinker."),
    ("id scan", "mention.IdScanner."), ("read+decode+html", "article.ArticleReader."),
]

def samples(lines):
    frames, inside = [], False
    for line in lines:
        s = line.strip()
        if s.startswith("stackTrace = ["):
            frames, inside = [], True
        elif inside and s == "]":
            inside = False
            yield frames
        elif inside and s != "...":
            frames.append(re.sub(r"\s+line: \d+.*$", "", s))

def main():
    leaf, ours, stage = collections.Counter(), collections.Counter(), collections.Counter()
    step = collections.Counter()
    n = 0
    for frames in samples(sys.stdin):
        if not frames or not any("org.arxivenrich" in f for f in frames):
            continue
        n += 1
        leaf[frames[0]] += 1
        own = next(f for f in frames if "org.arxivenrich" in f)
        ours[own] += 1
        stage[next((name for f in frames for name, key in STAGES if key in f), "other")] += 1
        step[next((name for name, key in STEPS if any(key in f for f in frames)), "other")] += 1
        if any("java.util.regex" in f for f in frames[:3]):
            stage["(in java.util.regex)"] += 1
    print(f"{n} samples in our code")
    for title, counter, k in (("steps (outermost)", step, 10), ("stages (innermost of ours)", stage, 20),
                              ("leaf frames", leaf, 15), ("innermost org.arxivenrich frames", ours, 15)):
        print(f"\n{title}:")
        for key, c in counter.most_common(k):
            print(f"  {100.0 * c / n:5.1f}%  {key}")

main()
