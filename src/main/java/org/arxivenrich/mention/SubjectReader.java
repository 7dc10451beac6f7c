package org.arxivenrich.mention;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the paper a description line names as its subject, for a link that follows the
 * description on a line of its own ({@code MuSR主要評估…} then {@code 論文鏈接:URL}): a Latin name
 * opening the line ({@code MuSR}, {@code ARC AGI}, {@code Meta發佈的Llama 3}), a Chinese name
 * opening the line with its Latin name in parentheses ({@code 思維鏈(Chain-of-Thought):}), or a
 * quoted name the line says was published ({@code 發佈的「提示詞報告」}). A line that opens with
 * anything else, with a list of names, or with a maker ({@code OpenAI提出了…}) names no subject
 * (issue #2).
 */
final class SubjectReader {
  /** A Latin name: up to four words, e.g. {@code Orca 3-AgentInstruct}, {@code YOLO v1}. */
  private static final String NAME =
      "[A-Za-z][\\w.+'’\\-]*+(?:[ \\t][A-Za-z0-9][\\w.+'’\\-]*+){0,3}";
  private static final String LINE_START = "^[ \\t]*(?:[-*•][ \\t]*)?";
  /**
   * The name, an optional gloss in parentheses, an optional second name joined by 和/與, then
   * Chinese text: a name followed by a comma opens a list and is not a subject. An owner may come
   * first ({@code OpenAI推薦的RAGAS}), since the owner is not the subject.
   */
  private static final Pattern LATIN = Pattern.compile(LINE_START
      + "(?:[A-Za-z][\\w.\\-]*+[\\p{IsHan}&&[^的]]{0,3}+的)?(" + NAME + ")"
      + "(?:[ \\t]?[(（][^()（）\\n]{1,40}[)）])?([和與与]" + NAME + ")?[ \\t]?(?=\\p{IsHan})"
      + "(?!發佈|发布|發表|发表|推出|開源|开源|公佈|公布|團隊|团队|聯合|联合)");
  /**
   * Makers, not papers: "OpenAI的研究人員發現…" opens with a name that is never a paper's.
   * Compared in lower case, with spaces removed.
   */
  private static final Set<String> MAKERS = Set.of("openai", "google", "googledeepmind",
      "deepmind", "meta", "metaai", "facebook", "microsoft", "anthropic", "apple", "amazon",
      "nvidia", "ibm", "github", "huggingface", "baidu", "alibaba", "tencent", "bytedance",
      "mistral", "mistralai", "deepseek", "stanford", "mit", "berkeley", "ai2", "twitter");
  /**
   * A short Chinese name with a capitalised Latin gloss, then more of the sentence; a heading
   * ({@code 智能體(Agent)}) ends at the gloss, and a gloss followed by 的 is a modifier.
   */
  private static final Pattern GLOSS = Pattern.compile(LINE_START
      + "[\\p{IsHan}&&[^的]]{2,8}[(（]([A-Z][A-Za-z0-9 .'’\\-]{0,60})[)）][ \\t]*[:：]?[ \\t]*"
      + "(?=\\p{IsHan})(?!的)");
  /** A quoted name the line calls published, or one naming a kind of document. */
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?:發佈|发布|發表|发表)的[「“『]([^「」“”『』\\n]{2,60})[」”』]"
          + "|[「“『]([^「」“”『』\\n]{1,60}(?:報告|报告|綜述|综述|白皮書|白皮书))[」”』]");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SubjectReader() {}

  /**
   * The subject of the nearest line in {@code text[from, to)} that names one, reading lines
   * from {@code to} back; {@code to} is the start of the link's own line.
   */
  static Optional<String> nearest(String text, int from, int to) {
    int end = to;
    while (end > from) {
      int start = Math.max(from, text.lastIndexOf('\n', end - 2) + 1);
      Optional<String> subject = subject(text, start, end);
      if (subject.isPresent()) {
        return subject;
      }
      end = start;
    }
    return Optional.empty();
  }

  /** The subject one line names, if it opens with a name or calls a quoted name published. */
  static Optional<String> subject(String line) {
    return subject(line, 0, line.length());
  }

  /** The subject of the line {@code text[start, end)}; matched in place, as this runs per link. */
  private static Optional<String> subject(String text, int start, int end) {
    char first = firstAfterMarker(text, start, end);
    Matcher latin = isAsciiLetter(first) ? LATIN.matcher(text).region(start, end) : null;
    if (latin != null && latin.lookingAt() && TitleReader.hasCapitalOrDigit(latin.group(1))
        && !isMaker(latin.group(1))) {
      String second = latin.group(2) == null ? "" : latin.group(2);
      return TitleReader.clean(latin.group(1) + second);
    }
    Matcher gloss = first >= 0x80 ? GLOSS.matcher(text).region(start, end) : null;
    if (gloss != null && gloss.lookingAt()) {
      return TitleReader.clean(gloss.group(1));
    }
    if (!hasQuote(text, start, end)) {
      return Optional.empty(); // the cheap test first: this runs per line before a link
    }
    Matcher published = PUBLISHED.matcher(text).region(start, end);
    if (published.find()) {
      return TitleReader.clean(published.group(1) != null ? published.group(1)
          : published.group(2));
    }
    return Optional.empty();
  }

  /**
   * The line's first char after its indent and bullet (LINE_START); a newline for none. LATIN
   * needs a Latin letter there and GLOSS a Han one: tested before either runs, as this runs per
   * line before a link alone on its line (issue #13).
   */
  private static char firstAfterMarker(String text, int start, int end) {
    int i = start;
    while (i < end && " \t-*•".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < end ? text.charAt(i) : '\n';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isMaker(String name) {
    return MAKERS.contains(SPACES.matcher(name).replaceAll("").toLowerCase(Locale.ROOT));
  }

  private static boolean hasQuote(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '「' || c == '“' || c == '『') {
        return true;
      }
    }
    return false;
  }
}
