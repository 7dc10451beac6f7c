package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
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
   * CJK text ends a URL, since Chinese articles run words straight on after links.
   */
  private static final String URL_CHARS = "[A-Za-z0-9\\-._~:/?#@!$&*+,;=%()]";
  private static final Pattern URL = Pattern.compile("(?i)(?<![\\w@./-])(?:https?://"
      + URL_CHARS + "+|(?:(?:www\\.|export\\.)?arxiv\\.org|ar5iv(?:\\.labs\\.arxiv)?\\.org"
      + "|(?:www\\.)?alphaxiv\\.org|huggingface\\.co/papers|(?:www\\.)?scirate\\.com"
      + "|(?:dx\\.)?doi\\.org)/" + URL_CHARS + "+)");
  private static final String TEXT_ID =
      "(\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?(?!\\d|\\.\\d)";
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
  private static final Pattern MARKDOWN_TEXT = Pattern.compile("\\[([^\\[\\]\\n]{1,300})\\]\\($");

  private final UrlClassifier classifier = new UrlClassifier();

  /** Every hit in {@code text}, sorted by position; a URL wins over text forms inside it. */
  List<Hit> scan(String text) {
    TreeMap<Integer, Hit> kept = new TreeMap<>();
    urls(text).forEach(h -> kept.put(h.start(), h));
    List<Hit> others = new ArrayList<>();
    others.addAll(marked(text, DOI, Form.DOI));
    others.addAll(marked(text, ARXIV_TEXT, Form.TEXT));
    others.addAll(marked(text, OLD_STYLE, Form.TEXT));
    others.sort(Comparator.comparingInt(Hit::start));
    for (Hit h : others) {
      if (!overlapsKept(kept, h)) {
        kept.put(h.start(), h);
      }
    }
    return List.copyOf(kept.values());
  }

  static boolean overlapsKept(TreeMap<Integer, Hit> kept, Hit h) {
    var before = kept.floorEntry(h.start());
    var after = kept.ceilingEntry(h.start());
    return (before != null && before.getValue().overlaps(h))
        || (after != null && after.getValue().overlaps(h));
  }

  private List<Hit> urls(String text) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = URL.matcher(text);
    while (m.find()) {
      String url = trimUrl(m.group());
      if (url.length() < 8) {
        continue;
      }
      int end = m.start() + url.length();
      hits.add(new Hit(m.start(), end, classifier.classify(url), url, Optional.of(url),
          markdownText(text, m.start())));
    }
    return hits;
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
    int lineStart = text.lastIndexOf('\n', urlStart - 1) + 1;
    Matcher m = MARKDOWN_TEXT.matcher(text.substring(lineStart, urlStart));
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  private static List<Hit> marked(String text, Pattern pattern, Form form) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Target target = Target.marked(form, m.group(1), m.group(2));
      hits.add(new Hit(m.start(), m.end(), target, m.group(), Optional.empty(), Optional.empty()));
    }
    return hits;
  }
}
