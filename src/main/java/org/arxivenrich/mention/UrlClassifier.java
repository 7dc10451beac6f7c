package org.arxivenrich.mention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a URL names: arXiv's own abs/pdf/html pages (arxiv.org, www., export., and its
 * first host xxx.lanl.gov, which old listings and papers still cite), ar5iv,
 * alphaxiv, Hugging Face papers, SciRate and the arXiv DOI at doi.org; anything else is a plain
 * link. Query strings and fragments are ignored.
 */
final class UrlClassifier {
  /** The identifier part of a path: loose enough to catch ID-shaped mistakes like 2313.01234. */
  static final String ID_SHAPE =
      "(\\d{4}\\.\\d{3,6}|[A-Za-z][A-Za-z-]*(?:\\.[A-Za-z-]+)?/\\d{5,8})";
  private static final Pattern TAIL =
      Pattern.compile(ID_SHAPE + "(?:v(\\d+))?(?:\\.pdf)?(?:/.*)?", Pattern.CASE_INSENSITIVE);

  private static final Pattern PORT = Pattern.compile(":\\d+$");
  private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
  private static final Pattern PDF_SUFFIX = Pattern.compile("(?i)\\.pdf$");

  /** The hosts (exact, lower case), a path prefix, and the form a match has. */
  private record Rule(Set<String> hosts, String prefix, Form form, boolean arxivOwned) {}

  private static final Set<String> ARXIV =
      Set.of("arxiv.org", "www.arxiv.org", "export.arxiv.org", "xxx.lanl.gov", "lanl.arxiv.org");
  private static final Set<String> AR5IV = Set.of("ar5iv.org", "www.ar5iv.org");
  private static final Set<String> ALPHAXIV = Set.of("alphaxiv.org", "www.alphaxiv.org");
  private static final List<Rule> RULES = List.of(
      new Rule(ARXIV, "/abs/", Form.ABS, true),
      new Rule(ARXIV, "/pdf/", Form.PDF, true),
      new Rule(ARXIV, "/html/", Form.HTML, true),
      new Rule(AR5IV, "/abs/", Form.AR5IV, true),
      new Rule(AR5IV, "/html/", Form.AR5IV, true),
      new Rule(Set.of("ar5iv.labs.arxiv.org"), "/html/", Form.AR5IV, true),
      new Rule(ALPHAXIV, "/abs/", Form.ALPHAXIV, false),
      new Rule(ALPHAXIV, "/overview/", Form.ALPHAXIV, false),
      new Rule(ALPHAXIV, "/", Form.ALPHAXIV, false),
      new Rule(Set.of("huggingface.co"), "/papers/", Form.HUGGINGFACE, false),
      new Rule(Set.of("scirate.com", "www.scirate.com"), "/arxiv/", Form.SCIRATE, false),
      new Rule(Set.of("doi.org", "dx.doi.org", "www.doi.org"), "/10.48550/arxiv.", Form.DOI,
          true));

  /** What {@code url} names; never null. */
  Target classify(String url) {
    int[] parts = hostAndPath(url);
    if (parts.length == 0) {
      return Target.notArxiv();
    }
    String host = url.substring(parts[0], parts[1]).toLowerCase(Locale.ROOT);
    if (host.indexOf(':') >= 0) {
      host = PORT.matcher(host).replaceFirst("");
    }
    String path = url.substring(parts[1], parts[2]);
    String lowerPath = path.toLowerCase(Locale.ROOT);
    for (Rule rule : RULES) {
      if (rule.hosts.contains(host) && lowerPath.startsWith(rule.prefix)) {
        Optional<Target> target = target(rule, path.substring(rule.prefix.length()));
        if (target.isPresent()) {
          return target.get();
        }
      }
    }
    return Target.notArxiv();
  }

  /**
   * Where the host starts, and where it and the path end, as {@code (?i)^(?:https?://)?([^/?#]+)
   * ([^?#]*)} reads a URL (hand-written, as every link is classified: issue #13): a scheme is
   * skipped only if a host follows it; empty when there is no host at all.
   */
  private static int[] hostAndPath(String url) {
    int from = startsWithAsciiIgnoringCase(url, "https://") ? 8
        : startsWithAsciiIgnoringCase(url, "http://") ? 7 : 0;
    int hostEnd = runEnd(url, from, true);
    if (hostEnd == from && from > 0) {
      from = 0;
      hostEnd = runEnd(url, 0, true);
    }
    return hostEnd == from ? new int[0] : new int[] {from, hostEnd, runEnd(url, hostEnd, false)};
  }

  /**
   * The first offset from {@code from} holding {@code ?} or {@code #}, or {@code /} too when
   * {@code slash}; the length if none. Compared char by char, not by a search in a string of
   * stops per char (issue #13).
   */
  private static int runEnd(String s, int from, boolean slash) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '?' || c == '#' || (slash && c == '/')) {
        return i;
      }
    }
    return s.length();
  }

  /** As the regex flag {@code (?i)} compares: ASCII letters only. */
  private static boolean startsWithAsciiIgnoringCase(String s, String lowerPrefix) {
    if (s.length() < lowerPrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length(); i++) {
      char c = s.charAt(i);
      char want = lowerPrefix.charAt(i);
      if (c != want && !(want >= 'a' && want <= 'z' && c == want - 'a' + 'A')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The target for what follows a rule's prefix. On arXiv's own hosts any non-empty tail claims to
   * be an identifier, so a bad one is {@code INVALID_ID}; elsewhere only an ID-shaped tail counts.
   */
  private static Optional<Target> target(Rule rule, String tail) {
    Matcher id = TAIL.matcher(tail);
    if (id.matches()) {
      return Optional.of(Target.marked(rule.form, id.group(1), id.group(2)));
    }
    String trimmed = TRAILING_SLASHES.matcher(tail).replaceAll("");
    if (rule.arxivOwned && !trimmed.isEmpty() && !trimmed.contains("/")) {
      String written = PDF_SUFFIX.matcher(trimmed).replaceFirst("");
      return Optional.of(Target.marked(rule.form, written, null));
    }
    return Optional.empty();
  }
}
