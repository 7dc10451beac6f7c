package org.arxivenrich.mention;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads titles and paper names out of pieces of text; every method returns a cleaned title. */
final class TitleReader {
  static final Pattern BOOK = Pattern.compile("《([^《》\\n]{2,300})》");
  static final Pattern QUOTED = Pattern.compile(
      "“([^“”\\n]{3,300})”|\"([^\"\\n]{3,300})\"|「([^「」\\n]{2,300})」|『([^『』\\n]{2,300})』");
  static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]{2,300})\\*\\*");
  /** {@code GPT-4論文鏈接:} or {@code Imagen 3論文:} before a link on its line. */
  private static final Pattern LABEL = Pattern.compile("^[ \\t]*(?:[-*•][ \\t]*)?"
      + "([^。！？!?；;:：，,（(]{1,40}?)[ \\t]*(?:論文|论文|paper|Paper)[ \\t]*"
      + "(?:鏈接|链接|連結|地址|原地址|link|Link|URL)?[ \\t]*[:：]?[ \\t]*$");
  /** A Latin name right before 論文 ("Let's Verify Step by Step論文提供了"). */
  static final Pattern NAME_PAPER = Pattern.compile(
      "(?<![A-Za-z0-9'’.+-])([A-Za-z][A-Za-z0-9'’.:+\\- ]{0,60}[A-Za-z0-9])[ \\t]*(?:論文|论文)");
  /** A Latin name right before a citation or link: "架构模型 Mixtral-8x7B [2]". */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?<![A-Za-z0-9.+-])([A-Za-z][A-Za-z0-9.+\\-]*(?:[ \\t][A-Z0-9][A-Za-z0-9.+\\-]*){0,3})"
          + "[ \\t]*$");
  /** A full stop ending a segment, not one after an initial such as "A.". */
  static final Pattern SEGMENT_END = Pattern.compile("(?<!(?:^|[\\s,.-])[A-Z])\\.\\s+"
      + "|(?<=[?!])\\s+(?=In\\s+\\p{Lu})");
  /**
   * What follows a title but is not part of it: a link's kind ("(arXiv, PDF)") or GB/T 7714's
   * document type ("[J]"). Compiled once: clean runs for every candidate title.
   */
  private static final Pattern SUFFIXES = Pattern.compile("(?i)\\s*\\((?:arxiv|pdf|html|abs|code"
      + "|paper|preprint)(?:\\s*[,/]\\s*(?:arxiv|pdf|html|abs|code|paper|preprint))*\\)$"
      + "|\\s*\\[(?:[A-Z]{1,2}|[A-Z]/OL|EB/OL|Preprint|Technical report|Data set)\\]\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** What {@link #trailingTitle} cuts off, compiled once: it runs per reference entry. */
  private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s\\-–—:：,，]+");
  private static final Pattern FROM_PARENTHESIS = Pattern.compile("[(（].*$");
  /** A nickname ("the DPO paper", "Renze & Guven paper") names no title (issue #8). */
  private static final Pattern NICKNAME = Pattern.compile("(?i)(?:the|this|that|our|their|its"
      + "|a|an)\\s.{0,60}\\b(?:paper|preprint|article)");
  /** A venue's name is not the paper's title (issue #8); compared by its first word first. */
  private static final Pattern VENUE = Pattern.compile("(?i)(?:advances in neural information"
      + " processing systems|proceedings of|in proceedings|journal of|transactions on"
      + "|arxiv preprint|neurips|nips|icml|iclr|acl|emnlp|naacl|cvpr|iccv|eccv|aaai|ijcai|kdd"
      + "|sigir|tmlr|jmlr|nature|science)\\b.{0,80}");
  private static final Set<String> VENUE_WORDS = Set.of("advances", "proceedings", "in",
      "journal", "transactions", "arxiv", "neurips", "nips", "icml", "iclr", "acl", "emnlp",
      "naacl", "cvpr", "iccv", "eccv", "aaai", "ijcai", "kdd", "sigir", "tmlr", "jmlr", "nature",
      "science");
  /** A code, data or demo link's text is not a title. */
  private static final Pattern RESOURCE = Pattern.compile("(?i)(?:code|github|dataset|data|demo"
      + "|project page|website|blog|video|slides|poster|model|weights|checkpoints?|huggingface"
      + "|hf)(?:\\s*(?:link|page))?|(?:the\\s)?(?:html|pdf|full|arxiv|abs)\\s(?:version|page"
      + "|text)|.{0,30}\\bpage on\\b.{0,30}|.{1,40}\\bet al\\.?");
  /** The words {@link #RESOURCE}'s first two branches open with, in lower case. */
  private static final String[] RESOURCE_OPENS = {"code", "github", "data", "demo",
      "project page", "website", "blog", "video", "slides", "poster", "model", "weights",
      "checkpoint", "huggingface", "hf", "the", "html", "pdf", "full", "arxiv", "abs"};
  /** What {@link #clean} strips and refuses; compiled once, as it runs per candidate title. */
  private static final Pattern EDGE_QUOTES = Pattern.compile("^[《「『“\"*]+|[》」』”\"*]+$");
  /** A link text in brackets, {@code [arXiv]}, {@code [PDF]}: the bracketed word is what counts. */
  private static final Pattern BRACKETED = Pattern.compile("^\\[([^\\[\\]]*)\\]$");
  private static final String EDGE_OPENS = "《「『“\"*";
  private static final String EDGE_CLOSES = "》」』”\"*";
  private static final String TRAILING = ",，、:：;；.。";
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[" + TRAILING + "]+$");
  private static final Pattern FORMAT_WORDS =
      Pattern.compile("(?:arxiv|pdf|html|abs)(?:[ /](?:arxiv|pdf|html|abs))*");
  private static final Pattern BARE_ID =
      Pattern.compile("(?:arxiv[:：\\s]*)?\\d{4}\\.\\d{4,5}(?:v\\d+)?");
  private static final Set<String> GENERIC = Set.of("arxiv", "pdf", "html", "abs", "link", "url",
      "here", "paper", "this", "the", "see", "source", "download", "full text", "preprint",
      "链接", "鏈接", "论文", "論文", "原文", "点击", "點擊", "这里", "這裡", "地址", "全文", "下载");

  private TitleReader() {}

  /**
   * The name in a label such as {@code GPT-4論文鏈接:} that is all of {@code prefix}; words of
   * prose before "paper" ("The embeddings come from paper 2210.07316") are no name, and a
   * description ({@code 思維鏈 CoT 的原始論文:}, "the original paper of …") names no title.
   */
  static Optional<String> label(String prefix) {
    if (!prefix.contains("论文") && !prefix.contains("論文") && !prefix.contains("aper")) {
      return Optional.empty(); // what every label holds, looked for before the pattern runs
    }
    Matcher m = LABEL.matcher(prefix);
    return m.matches() && m.group(1).indexOf('的') < 0
        && (TitleCase.words(m.group(1)) <= 3 || TitleCase.is(m.group(1), 1))
        ? clean(m.group(1)) : Optional.empty();
  }

  /** A Latin name that {@code text[from, to)} ends with; it needs a capital or a digit. */
  static Optional<String> nameBefore(String text, int from, int to) {
    Matcher m = NAME_BEFORE.matcher(text).region(from, to);
    if (m.find() && hasCapitalOrDigit(m.group(1))) {
      return clean(m.group(1));
    }
    return Optional.empty();
  }

  /** A lower-case word is ordinary text, not a name: a name has a capital or a digit. */
  static boolean hasCapitalOrDigit(String name) {
    return name.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /** A title written after a link in an entry: the words up to a parenthesis or the end. */
  static Optional<String> trailingTitle(String after) {
    String words = FROM_PARENTHESIS.matcher(LEADING_DASHES.matcher(after).replaceFirst(""))
        .replaceFirst("");
    return words.strip().contains(" ") ? clean(words) : Optional.empty();
  }

  /** Strips brackets, quotes and edge punctuation; empty when nothing meaningful is left. */
  static Optional<String> clean(String raw) {
    String t = spacesCollapsed(raw.strip());
    t = hasAny(t, "([") ? SUFFIXES.matcher(t).replaceAll("") : t;
    t = (edgeMayMatch(t, EDGE_OPENS, EDGE_CLOSES) ? EDGE_QUOTES.matcher(t).replaceAll("") : t)
        .strip();
    t = (edgeMayMatch(t, "[", "]") ? BRACKETED.matcher(t).replaceAll("$1") : t).strip();
    t = (edgeMayMatch(t, "", TRAILING) ? TRAILING_PUNCTUATION.matcher(t).replaceAll("") : t)
        .strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.length() < 2 || GENERIC.contains(lower) || FORMAT_WORDS.matcher(lower).matches()
        || lower.contains("http://") || lower.contains("https://") || lower.contains("arxiv.org/")
        || BARE_ID.matcher(lower).matches() || isNotATitle(t, lower)) {
      return Optional.empty();
    }
    return Optional.of(t);
  }

  /*
   * Cheap tests before clean's patterns (issue #13: clean runs for every candidate title): each
   * is true whenever the pattern could change the text, so the result is the same without them.
   */

  /** {@link #SPACES} changes {@code s} only where it holds a run of spaces or another space. */
  private static String spacesCollapsed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
          || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
        return SPACES.matcher(s).replaceAll(" ");
      }
    }
    return s;
  }

  private static boolean hasAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code s} opens with one of {@code opens} or ends with one of {@code closes}, or
   * with a line terminator, before which {@code $} matches too.
   */
  private static boolean edgeMayMatch(String s, String opens, String closes) {
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return opens.indexOf(s.charAt(0)) >= 0 || closes.indexOf(last) >= 0
        || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0;
  }

  /** Nicknames, venues and resource links: cheap tests before each pattern. */
  private static boolean isNotATitle(String t, String lower) {
    int space = lower.indexOf(' ');
    String firstWord = space < 0 ? lower : lower.substring(0, space);
    return (t.length() < 70 && mayBeResource(lower) && RESOURCE.matcher(t).matches())
        || (lower.endsWith(" paper") && lower.split(" ").length <= 6)
        || (VENUE_WORDS.contains(firstWord) && VENUE.matcher(t).matches())
        || ((lower.endsWith("paper") || lower.endsWith("preprint") || lower.endsWith("article"))
            && NICKNAME.matcher(t).matches());
  }

  /**
   * False when {@link #RESOURCE} cannot match all of a text whose lower case is {@code lower}:
   * each of its branches opens with one of {@link #RESOURCE_OPENS} or holds "page on" or "et al"
   * (its ASCII case-insensitive letters are lower case in {@code lower}). Issue #13: the pattern
   * backtracks through its {@code .{0,30}} branches for every candidate title.
   */
  private static boolean mayBeResource(String lower) {
    for (String open : RESOURCE_OPENS) {
      if (lower.startsWith(open)) {
        return true;
      }
    }
    return lower.contains("page on") || lower.contains("et al");
  }

  static String group(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return m.group();
  }
}
