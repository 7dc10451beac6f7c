package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds every link and every arXiv identifier written as text: URLs (with or without a scheme for
 * the arXiv-related hosts), {@code arXiv:ID} / {@code arXiv ID} / {@code arXiv：ID}, the arXiv DOI
 * {@code 10.48550/arXiv.ID}, and old-style {@code archive/YYMMNNN}. A bare {@code NNNN.NNNNN} is
 * never taken on its own: only where the text marks it as arXiv (issue #2: no false positives).
 */
final class IdScanner {
  /**
   * Characters a URL is made of: printable ASCII without quotes, brackets and angle brackets. Raw
   * CJK text ends a URL, since Chinese articles run words straight on after links. Written out
   * one by one, not as ranges, so the class is one bit set, not a chain of tests (issue #13).
   */
  private static final String URL_CHARS = "[ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
      + "0123456789\\-._~:/?#@!$&*+,;=%()]";
  private static final Pattern URL = Pattern.compile("(?i)(?<![\\w@./-])(?:https?://"
      + URL_CHARS + "+|(?:(?:www\\.|export\\.)?arxiv\\.org|ar5iv(?:\\.labs\\.arxiv)?\\.org"
      + "|(?:www\\.)?alphaxiv\\.org|huggingface\\.co/papers|(?:www\\.)?scirate\\.com"
      + "|(?:dx\\.)?doi\\.org)/" + URL_CHARS + "+)");
  private static final String TEXT_ID =
      "(\\d{4}\\.\\d{4,6}|[a-z]+(?:-[a-z]+)?(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?(?!\\d|\\.\\d)";
  private static final String SPACE = "[ \\t\\u00A0\\u3000]*";
  private static final Pattern ARXIV_TEXT = Pattern.compile("(?i)(?<![A-Za-z0-9/.])arxiv"
      + "(?:" + SPACE + "preprint)?(?:" + SPACE + "(?:id|no\\.?|编号|編號|号|號))?"
      + SPACE + "[:：#]?" + SPACE + "(?:arxiv" + SPACE + "[:：]" + SPACE + ")?" + TEXT_ID);
  private static final Pattern DOI = Pattern.compile(
      "(?i)(?<![\\w/.])(?:doi" + SPACE + "[:：]" + SPACE + ")?10\\.48550/arxiv\\." + TEXT_ID);
  private static final Pattern OLD_STYLE = Pattern.compile("(?<![\\w/.-])((?:"
      + ArxivId.OLD_ARCHIVES.stream().sorted(Comparator.reverseOrder())
          .map(Pattern::quote).collect(Collectors.joining("|"))
      + ")(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?(?!\\w)");
  /** DBLP's and Semantic Scholar's {@code CoRR, abs/ID} and {@code ArXiv, abs/ID} (issue #8). */
  private static final Pattern VENUE_ABS = Pattern.compile("(?i)(?<![A-Za-z0-9])(?:corr|arxiv)"
      + SPACE + ",?\\s{0,8}abs/" + TEXT_ID);
  /** {@code eprint 2103.00020}, {@code eprint: …}, {@code the eprint is …} (not BibTeX's =). */
  private static final Pattern EPRINT_TEXT = Pattern.compile("(?i)eprint(?:" + SPACE
      + "(?:is|id|no\\.?))?" + SPACE + "[:：]?" + SPACE + TEXT_ID);
  private static final int MAX_URL = 2048;
  private static final int MARKDOWN_TEXT_MAX = 320;
  private static final Pattern MARKDOWN_TEXT = Pattern.compile("\\[([^\\[\\]\\n]{1,300})\\]\\($");

  /** Windows around the candidates {@link CandidateStarts} finds for each pattern. */
  private static final Needle URL_NEEDLE = new Needle(URL, 25, -1, IdScanner::canStartUrl);
  private static final Needle DOI_NEEDLE = new Needle(DOI, 16, 40, null);
  /** Its candidates are where it starts: tried there alone (lookingAt), not searched for. */
  private static final Needle ARXIV_NEEDLE = new Needle(ARXIV_TEXT, 0, 80, (text, at) -> true);
  private static final Needle OLD_STYLE_NEEDLE = new Needle(OLD_STYLE, 20, 16, null);
  private static final Needle VENUE_ABS_NEEDLE = new Needle(VENUE_ABS, 24, 24, null);
  private static final Needle EPRINT_NEEDLE = new Needle(EPRINT_TEXT, 0, 40, (text, at) -> true);
  /** The first letters of the URL pattern's alternatives: http, www, export, arxiv, ar5iv, … */
  private static final String URL_FIRST = "hwesad";

  private final UrlClassifier classifier = new UrlClassifier();

  /** Every hit in {@code text}, sorted by position; a URL wins over text forms inside it. */
  List<Hit> scan(String text) {
    CandidateStarts starts = CandidateStarts.of(text);
    TreeMap<Integer, Hit> kept = new TreeMap<>();
    urls(text, starts.urls()).forEach(h -> kept.put(h.start(), h));
    List<Hit> others = new ArrayList<>();
    others.addAll(marked(text, starts.dois(), DOI_NEEDLE, Form.DOI));
    others.addAll(marked(text, starts.arxivWords(), ARXIV_NEEDLE, Form.TEXT));
    others.addAll(marked(text, starts.oldStyleSlashes(), OLD_STYLE_NEEDLE, Form.TEXT));
    others.addAll(marked(text, starts.absSlashes(), VENUE_ABS_NEEDLE, Form.TEXT));
    others.addAll(marked(text, starts.eprintWords(), EPRINT_NEEDLE, Form.TEXT));
    others.sort(Comparator.comparingInt(Hit::start));
    for (Hit h : others) {
      if (!overlapsKept(kept, h) && !isLinkTextOfItsUrl(text, kept, h)) {
        kept.put(h.start(), h);
      }
    }
    return List.copyOf(kept.values());
  }

  /**
   * True for an ID written as a Markdown link's text whose URL names the same paper:
   * {@code [arXiv 2405.15793](https://arxiv.org/abs/2405.15793)} is one mention (issue #8).
   */
  private static boolean isLinkTextOfItsUrl(String text, TreeMap<Integer, Hit> kept, Hit h) {
    int limit = Math.min(text.length(), h.end() + MARKDOWN_TEXT_MAX);
    for (int i = h.end(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == '[' || c == '\n') {
        return false;
      }
      if (c == ']') {
        Hit link = text.startsWith("(", i + 1) ? kept.get(i + 2) : null;
        return link != null && link.target().id().isPresent()
            && link.target().id().equals(h.target().id());
      }
    }
    return false;
  }

  private static boolean overlapsKept(TreeMap<Integer, Hit> kept, Hit h) {
    var before = kept.floorEntry(h.start());
    var after = kept.ceilingEntry(h.start());
    return (before != null && before.getValue().overlaps(h))
        || (after != null && after.getValue().overlaps(h));
  }

  private List<Hit> urls(String text, int[] candidates) {
    List<Hit> hits = new ArrayList<>();
    for (MatchResult m : near(text, candidates, URL_NEEDLE)) {
      String url = beforeCsvComma(trimUrl(m.group()));
      if (url.length() >= 8 && !isMarkdownLinkText(text, m.start() + url.length())) {
        int end = m.start() + url.length();
        hits.add(new Hit(m.start(), end, classifier.classify(url), url, Optional.of(url),
            markdownText(text, m.start())));
      }
    }
    return hits;
  }

  /**
   * A URL cut at a comma when what follows it is not part of an ID: in a CSV row
   * ({@code https://arxiv.org/abs/2112.09332,Dec 2021}) the comma ends the cell (issue #8).
   */
  private String beforeCsvComma(String url) {
    int comma = url.indexOf(',');
    if (comma < 0 || classifier.classify(url).kind() == Mention.Kind.ARXIV) {
      return url;
    }
    String cut = url.substring(0, comma);
    return classifier.classify(cut).kind() == Mention.Kind.ARXIV ? cut : url;
  }

  /** True for the text of {@code [url](url)}: the link itself is the one in parentheses. */
  private static boolean isMarkdownLinkText(String text, int urlEnd) {
    if (!text.startsWith("](", urlEnd)) {
      return false;
    }
    int from = lineStartWithin(text, urlEnd, MAX_URL);
    return text.substring(from, urlEnd).indexOf('[') >= 0;
  }

  /** The start of the line holding {@code offset}, looking back at most {@code max} chars. */
  private static int lineStartWithin(String text, int offset, int max) {
    int limit = Math.max(0, offset - max);
    for (int i = offset - 1; i >= limit; i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return limit;
  }

  /** Drops trailing punctuation that ends the sentence, not the URL, and unbalanced ')'. */
  static String trimUrl(String url) {
    String u = url;
    while (!u.isEmpty()) {
      char last = u.charAt(u.length() - 1);
      if (".,;:!?*_~'\"".indexOf(last) >= 0) {
        u = u.substring(0, u.length() - 1);
      } else if (last == ')' && count(u, '(') < count(u, ')')) {
        u = u.substring(0, u.length() - 1);
      } else {
        break;
      }
    }
    return u;
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** The text of a Markdown link {@code [text](url)} whose url starts at {@code urlStart}. */
  private static Optional<String> markdownText(String text, int urlStart) {
    if (urlStart < 2 || !text.startsWith("](", urlStart - 2)) {
      return Optional.empty(); // what the pattern ends with
    }
    int lineStart = lineStartWithin(text, urlStart, MARKDOWN_TEXT_MAX);
    Matcher m = MARKDOWN_TEXT.matcher(text.substring(lineStart, urlStart));
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /**
   * A pattern that runs only in a small window around each of its candidates: scanning whole
   * texts with these regexes was most of the extraction time. A window reaches {@code back} chars
   * before the candidate and {@code ahead} after it (to the end of the line when negative).
   * {@code start}, when given, tells the places in the window a match cannot start at.
   */
  private record Needle(Pattern pattern, int back, int ahead, Start start) {}

  /** A cheap test of the first char and the look-behind of a pattern. */
  private interface Start {
    boolean possible(String text, int at);
  }

  /** Where the URL pattern may start: one of its first letters, after no {@code [\w@./-]}. */
  private static boolean canStartUrl(String text, int at) {
    char c = text.charAt(at);
    return c < 0x80 && URL_FIRST.indexOf(Character.toLowerCase(c)) >= 0
        && (at == 0 || !isUrlBoundaryBlocker(text.charAt(at - 1)));
  }

  private static boolean isUrlBoundaryBlocker(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '@' || c == '.' || c == '/' || c == '-';
  }

  private static List<Hit> marked(String text, int[] candidates, Needle needle, Form form) {
    List<Hit> hits = new ArrayList<>();
    for (MatchResult m : near(text, candidates, needle)) {
      Target target = Target.marked(form, m.group(1), m.group(2));
      hits.add(new Hit(m.start(), m.end(), target, m.group(), Optional.empty(), Optional.empty()));
    }
    return hits;
  }

  /**
   * The pattern's matches that cover a candidate: for each candidate not inside the previous
   * match, the leftmost match in its window that starts at or before it and ends after it.
   */
  private static List<MatchResult> near(String text, int[] candidates, Needle needle) {
    List<MatchResult> matches = new ArrayList<>();
    Matcher m = needle.pattern.matcher(text).useTransparentBounds(true);
    int searched = 0;
    for (int at : candidates) {
      if (at < searched) {
        continue; // inside the previous match
      }
      int to = needle.ahead < 0 ? lineEnd(text, at) : Math.min(text.length(), at + needle.ahead);
      int from = Math.max(searched, at - needle.back);
      boolean found = needle.start == null ? covering(m.region(from, to), at)
          : coveringFrom(m, text, needle.start, from, at, to);
      if (found) {
        matches.add(m.toMatchResult());
        searched = m.end();
      }
    }
    return matches;
  }

  /** Finds the leftmost match in the matcher's region that covers {@code at}, as before. */
  private static boolean covering(Matcher m, int at) {
    while (m.find() && m.start() <= at) {
      if (at < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The same search as {@link #covering} over {@code [from, to)}, trying the pattern only where
   * {@code start} allows: {@code find} would try each place in turn and take the first that
   * matches, and with transparent bounds a match at a place does not depend on the region.
   */
  private static boolean coveringFrom(Matcher m, String text, Start start, int from, int at,
      int to) {
    int p = from;
    while (p <= at) {
      if (start.possible(text, p) && m.region(p, to).lookingAt()) {
        if (at < m.end()) {
          return true;
        }
        p = m.end(); // find goes on after a match that ends before the candidate
      } else {
        p++;
      }
    }
    return false;
  }

  /** The end of the line, or of a URL's longest plausible length: bounded for huge lines. */
  private static int lineEnd(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_URL);
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return limit;
  }
}
