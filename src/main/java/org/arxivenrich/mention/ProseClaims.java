package org.arxivenrich.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claims prose makes for a hit where its line alone gives none (issue #8), as a reader
 * of a forum thread or a mail takes them: the hit's whole sentence, across the line breaks of a
 * wrapped paragraph and past a semicolon ({@code (arXiv:1707.06347) (July\n 2017)}, {@code
 * (arXiv:2305.18290); it was posted in April 2023}); a year beside the ID in its parentheses
 * ({@code (arXiv:1911.01547, 2019)}); and titles written in title case without quotes: on the line
 * before a link alone on its line, as the whole text before a link on its line, before the
 * parentheses holding an ID, or set off by a comma after a link ({@code [Lewis et al. paper](…),
 * Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks (NeurIPS),}); and a quoted
 * title right after the ID that wraps onto the next line.
 */
final class ProseClaims {
  private static final Pattern YEAR_AFTER =
      Pattern.compile("[ \\t]*[,;，；][ \\t]*((?:19|20)\\d{2})[ \\t]*[)）]");
  private static final Pattern QUOTE_GAP = Pattern.compile("[ \\t,:：—–-]{0,4}");
  private static final int QUOTE_GAP_MAX = 6;
  /** A comma, then words up to a parenthesis, a comma or the sentence's end. */
  private static final Pattern APPOSITIVE = Pattern.compile(
      "[)\\]]?,[ \\t]+([^,()（）.;\\n]{3,200}(?:\\n[ \\t]*[^,()（）.;\\n]{1,200})?)[ \\t]*[(,（.;]");
  private static final String LEADING_MARKS = " \t\n>*•-";
  private static final String TRAILING_MARKS = " \t\n:：—–-";
  /** Title-case words a title needs when nothing but its case marks it. */
  private static final int LINE_WORDS = 3;
  private static final int PHRASE_WORDS = 4;
  /** A link's label before it on its line: {@code PDF:}, {@code 论文链接：}. */
  private static final int LABEL_MAX = 20;
  /** The longest title read from a line: longer text before a link is a sentence. */
  private static final int TITLE_MAX = 300;

  private final String text;
  private final TextLines lines;
  private final DateReader dates;

  ProseClaims(String text, TextLines lines, DateReader dates) {
    this.text = text;
    this.lines = lines;
    this.dates = dates;
  }

  /**
   * The first date after the hit in its prose sentence, inside its unit, when no other hit is in
   * that sentence: a date before another paper's ID is that paper's.
   */
  Optional<ClaimedDate> sentenceDate(Hit hit, Scope s) {
    if (!s.inUnit()) {
      return Optional.empty();
    }
    int to = lines.proseEnd(hit.end(), s.unitEnd());
    boolean runsOn = to == s.next() && to < text.length() && !endsSentence(to);
    if (runsOn || to <= hit.end() || !DateReader.mayHoldDate(text, hit.end(), to)) {
      return Optional.empty();
    }
    return dates.find(text, hit.end(), to).stream().findFirst().map(DateReader.Found::date);
  }

  private boolean endsSentence(int to) {
    return to > 0 && "。！？!?.".indexOf(text.charAt(to - 1)) >= 0;
  }

  /** {@code (arXiv:1911.01547, 2019)}: the year after the ID inside its parentheses. */
  Optional<ClaimedDate> parenthesizedYear(Hit hit) {
    if (opening(hit.start()) < 0) {
      return Optional.empty();
    }
    Matcher m = YEAR_AFTER.matcher(text).region(hit.end(), Math.min(text.length(),
        hit.end() + 16));
    return m.lookingAt() ? Optional.of(ClaimedDate.ofYear(Integer.parseInt(m.group(1)),
        m.group(1))) : Optional.empty();
  }

  /** The offset of the parenthesis right before {@code at} (spaces between); -1 if none. */
  private int opening(int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && (text.charAt(i) == '(' || text.charAt(i) == '（') ? i : -1;
  }

  /** The text before a link on its line when all of it is a title ("The Llama 3 Herd of …"). */
  Optional<String> linePrefixTitle(Hit hit, Scope s) {
    int from = Math.max(lines.lineStart(hit.start()), s.floor());
    return from < hit.start() && hit.start() - from <= TITLE_MAX
        ? titleCased(text.substring(from, hit.start()), LINE_WORDS) : Optional.empty();
  }

  /**
   * For a link alone on its line (or after a label such as {@code PDF:}), the line before it when
   * it is a title, or its part after a colon ("…everyone compares to: The Llama 3 Herd of
   * Models").
   */
  Optional<String> lineBeforeTitle(Hit hit, Scope s) {
    int line = lines.lineStart(hit.start());
    if (line == 0 || hit.start() - line > LABEL_MAX * 2) {
      return Optional.empty(); // words of a sentence before it on its line
    }
    String label = text.substring(line, hit.start()).strip();
    boolean labelled = label.length() <= LABEL_MAX && label.indexOf('(') < 0
        && (label.endsWith(":") || label.endsWith("："));
    if (s.lookback() >= line || !(label.isEmpty() || labelled)) {
      return Optional.empty(); // not alone on its line, or after words of a sentence
    }
    int previous = lines.lineStart(line - 1);
    if (previous < s.lookback() || previous < s.floor() || line - 1 - previous > TITLE_MAX) {
      return Optional.empty();
    }
    String before = text.substring(previous, line - 1);
    int colon = before.lastIndexOf(": ");
    return titleCased(before, LINE_WORDS)
        .or(() -> colon < 0 ? Optional.empty()
            : titleCased(before.substring(colon + 2), LINE_WORDS));
  }

  /**
   * The title-case words right before the parentheses holding the ID: four at least or a
   * colon ("DeepSeek-Coder: When … Meets Programming (2401.14196, Jan 2024)"); a name alone
   * ("ColBERT (2004.12832)") is a nickname.
   */
  Optional<String> beforeParenthesisTitle(Hit hit, Scope s) {
    int open = opening(hit.start());
    if (open < 0) {
      return Optional.empty();
    }
    int from = Math.max(s.floor(), lines.proseStart(open, s.floor()));
    String tail = TitleCase.longestTail(text.substring(from, open));
    return TitleCase.is(tail, 2) && (tail.contains(": ") || TitleCase.words(tail) >= PHRASE_WORDS)
        ? TitleReader.clean(tail) : Optional.empty();
  }

  /** A title in quotes right after the ID, which may wrap onto the next line. */
  Optional<String> quotedAfterTitle(Hit hit, Scope s) {
    if (!opensAfter(hit.end(), "\"“「『")) {
      return Optional.empty(); // the cheap test first: this runs for most mentions
    }
    int to = lines.proseEnd(hit.end(), s.unitEnd());
    Matcher gap = QUOTE_GAP.matcher(text).region(hit.end(), to);
    if (!gap.lookingAt()) {
      return Optional.empty();
    }
    Matcher q = TitlePhrases.QUOTED.matcher(text).region(gap.end(), to);
    return q.lookingAt() ? TitleReader.clean(TitleReader.group(q)) : Optional.empty();
  }

  /** Title-case words set off by a comma right after a link: an appositive naming it. */
  Optional<String> appositiveTitle(Hit hit, Scope s) {
    if (!opensAfter(hit.end(), ",")) {
      return Optional.empty();
    }
    int to = lines.proseEnd(hit.end(), s.unitEnd());
    Matcher m = APPOSITIVE.matcher(text).region(hit.end(), to);
    return m.lookingAt() && TitleCase.is(m.group(1), PHRASE_WORDS)
        ? TitleReader.clean(m.group(1)) : Optional.empty();
  }

  /** True when one of {@code chars} comes within a few marks after {@code at} (a link's ")"). */
  private boolean opensAfter(int at, String chars) {
    for (int i = at; i < Math.min(text.length(), at + QUOTE_GAP_MAX); i++) {
      char c = text.charAt(i);
      if (chars.indexOf(c) >= 0) {
        return true;
      }
      if (c == '\n' || Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** {@code raw} without quote marks, bullets and a trailing colon, if it is in title case. */
  private static Optional<String> titleCased(String raw, int minWords) {
    int from = 0;
    while (from < raw.length() && LEADING_MARKS.indexOf(raw.charAt(from)) >= 0) {
      from++;
    }
    int to = raw.length();
    while (to > from && TRAILING_MARKS.indexOf(raw.charAt(to - 1)) >= 0) {
      to--;
    }
    if (from == to || !Character.isUpperCase(raw.charAt(from))
        && !Character.isDigit(raw.charAt(from))) {
      return Optional.empty(); // the cheap test first: this runs for most mentions
    }
    String phrase = raw.substring(from, to);
    return TitleCase.is(phrase, minWords) ? TitleReader.clean(phrase) : Optional.empty();
  }
}
