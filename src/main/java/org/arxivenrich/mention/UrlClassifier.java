package org.arxivenrich.mention;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a URL names: arXiv's own abs/pdf/html pages (arxiv.org, www., export.), ar5iv,
 * alphaxiv, Hugging Face papers, SciRate and the arXiv DOI at doi.org; anything else is a plain
 * link. Query strings and fragments are ignored.
 */
final class UrlClassifier {
  /** The identifier part of a path: loose enough to catch ID-shaped mistakes like 2313.01234. */
  static final String ID_SHAPE =
      "(\\d{4}\\.\\d{3,6}|[A-Za-z][A-Za-z-]*(?:\\.[A-Za-z-]+)?/\\d{5,8})";
  private static final Pattern TAIL =
      Pattern.compile(ID_SHAPE + "(?:v(\\d+))?(?:\\.pdf)?(?:/.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL =
      Pattern.compile("(?i)^(?:https?://)?([^/?#]+)([^?#]*)");

  /** A host (exact), a path prefix, and the form a match has. */
  private record Rule(Pattern host, String prefix, Form form, boolean arxivOwned) {}

  private static final List<Rule> RULES = List.of(
      rule("(?:www\\.|export\\.)?arxiv\\.org", "/abs/", Form.ABS, true),
      rule("(?:www\\.|export\\.)?arxiv\\.org", "/pdf/", Form.PDF, true),
      rule("(?:www\\.|export\\.)?arxiv\\.org", "/html/", Form.HTML, true),
      rule("(?:www\\.)?ar5iv\\.org", "/abs/", Form.AR5IV, true),
      rule("(?:www\\.)?ar5iv\\.org", "/html/", Form.AR5IV, true),
      rule("ar5iv\\.labs\\.arxiv\\.org", "/html/", Form.AR5IV, true),
      rule("(?:www\\.)?alphaxiv\\.org", "/abs/", Form.ALPHAXIV, false),
      rule("(?:www\\.)?alphaxiv\\.org", "/overview/", Form.ALPHAXIV, false),
      rule("(?:www\\.)?alphaxiv\\.org", "/", Form.ALPHAXIV, false),
      rule("huggingface\\.co", "/papers/", Form.HUGGINGFACE, false),
      rule("(?:www\\.)?scirate\\.com", "/arxiv/", Form.SCIRATE, false),
      rule("(?:dx\\.|www\\.)?doi\\.org", "/10.48550/arxiv.", Form.DOI, true));

  private static Rule rule(String host, String prefix, Form form, boolean arxivOwned) {
    return new Rule(Pattern.compile(host), prefix, form, arxivOwned);
  }

  /** What {@code url} names; never null. */
  Target classify(String url) {
    Matcher m = URL.matcher(url);
    if (!m.find()) {
      return Target.notArxiv();
    }
    String host = m.group(1).toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
    String path = m.group(2);
    for (Rule rule : RULES) {
      if (rule.host.matcher(host).matches()
          && path.toLowerCase(Locale.ROOT).startsWith(rule.prefix)) {
        Optional<Target> target = target(rule, path.substring(rule.prefix.length()));
        if (target.isPresent()) {
          return target.get();
        }
      }
    }
    return Target.notArxiv();
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
    String trimmed = tail.replaceAll("/+$", "");
    if (rule.arxivOwned && !trimmed.isEmpty() && !trimmed.contains("/")) {
      return Optional.of(Target.marked(rule.form, trimmed.replaceFirst("(?i)\\.pdf$", ""), null));
    }
    return Optional.empty();
  }
}
