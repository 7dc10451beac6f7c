package org.arxivenrich.mention;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Claims read beyond a hit's own sentence (issue #8): a date in the neighbouring sentence of its
 * unit when that sentence speaks of the paper ("It came out in June 2023."), and, for a footnote
 * or reference the hit sits in, the title and date of the sentence that cites it.
 */
final class NeighbourSentences {
  /** Words by which a neighbouring sentence speaks of the paper just named. */
  static final Pattern REFERRING = Pattern.compile("(?i)\\b(?:it|this|the paper"
      + "|that paper|published|released|came out|appeared|posted|submitted|dated)\\b"
      + "|该论文|這篇|这篇|該論文|它|发布|發佈|發布|发表|發表|提交");
  /** {@link #REFERRING}'s words, for the test before it runs. */
  private static final String[] ENGLISH_WORDS = {"it", "this", "the paper", "that paper",
      "published", "released", "came out", "appeared", "posted", "submitted", "dated"};
  private static final String[] CHINESE_WORDS = {"该论文", "這篇", "这篇", "該論文", "它", "发布",
      "發佈", "發布", "发表", "發表", "提交"};
  private static final String ENGLISH_FIRSTS = "itprcasd";
  private static final String CHINESE_FIRSTS = "该這这該它发發提";
  private static final int NAME_WINDOW = 80;

  private final String text;
  private final TextLines lines;
  private final Units units;
  private final DateReader dates;
  private final MarkedTitles marked;

  NeighbourSentences(String text, TextLines lines, Units units, DateReader dates,
      MarkedTitles marked) {
    this.text = text;
    this.lines = lines;
    this.units = units;
    this.dates = dates;
    this.marked = marked;
  }

  /**
   * A date in the next prose sentence of the hit's unit, else the previous one, when that
   * sentence speaks of the paper ({@link #REFERRING}) and holds no other hit.
   */
  Optional<Sourced<ClaimedDate>> date(Hit hit, Scope s) {
    if (!s.inUnit()) {
      return Optional.empty();
    }
    int nextFrom = lines.proseEnd(hit.end(), s.unitEnd());
    int nextTo = lines.proseEnd(nextFrom, s.unitEnd());
    int prevTo = lines.proseStart(hit.start(), s.floor());
    int prevFrom = lines.proseStart(Math.max(0, prevTo - 1), 0);
    return Sourced.of("next_sentence", nextTo <= s.next() && refers(nextFrom, nextTo)
            ? dates.firstIn(text, nextFrom, nextTo) : Optional.empty())
        .or(() -> Sourced.of("previous_sentence", prevFrom >= s.floor()
            && refers(prevFrom, prevTo) ? dates.lastIn(text, prevFrom, prevTo) : Optional.empty()));
  }

  /** The innermost unit around a hit that a sentence elsewhere cites (a footnote). */
  static Optional<Unit> referenced(List<Unit> around) {
    for (Unit u : around) {
      if (u.referencedAt().isPresent()) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The title the sentence citing a footnote gives, before its marker. */
  Optional<Sourced<String>> citingTitle(Unit footnote) {
    int at = footnote.referencedAt().getAsInt();
    int from = lines.sentenceStart(at);
    return Sourced.of("footnote_ref", marked.lastBook(from, at)
        .or(() -> marked.lastQuotedOrBold(from, at))
        .or(() -> TitleReader.nameBefore(text, Math.max(from, at - NAME_WINDOW), at)));
  }

  /** The date in the sentence citing a footnote, else in the next one if it speaks of it. */
  Optional<Sourced<ClaimedDate>> citingDate(Unit footnote) {
    int at = footnote.referencedAt().getAsInt();
    int end = units.around(at).stream().findFirst().map(Unit::end).orElse(text.length());
    int nextFrom = lines.proseEnd(at, end);
    int nextTo = lines.proseEnd(nextFrom, end);
    return Sourced.of("footnote_ref", dates.lastIn(text, lines.sentenceStart(at), at)
        .or(() -> dates.firstIn(text, at, lines.sentenceEnd(at)))
        .or(() -> refers(nextFrom, nextTo) ? dates.firstIn(text, nextFrom, nextTo)
            : Optional.empty()));
  }

  private boolean refers(int from, int to) {
    return from < to && mayRefer(text, from, to)
        && REFERRING.matcher(text).region(from, to).find();
  }

  /**
   * False when {@link #REFERRING} cannot match in {@code text[from, to)}: none of its Chinese
   * words is there, nor one of its English ones (in any case) where {@code \\b} could bound it,
   * at the region's edges or beside a char that is no ASCII letter or digit. Issue #13: the
   * pattern was tried at every char of two sentences per mention.
   */
  static boolean mayRefer(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 ? CHINESE_FIRSTS.indexOf(c) >= 0 && startsChinese(text, i, to)
          : ENGLISH_FIRSTS.indexOf(c | 0x20) >= 0 && isAsciiLetter(c)
              && (i == from || !isAsciiLetterOrDigit(text.charAt(i - 1)))
              && startsEnglish(text, i, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsChinese(String text, int i, int to) {
    for (String w : CHINESE_WORDS) {
      if (i + w.length() <= to && text.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one of {@link #ENGLISH_WORDS} is at {@code i} in any ASCII case ({@code c | 0x20}
   * is a letter's lower case; it takes NUL for a space, which only widens the test), ending by
   * {@code to} and not followed by an ASCII letter or digit.
   */
  private static boolean startsEnglish(String text, int i, int to) {
    for (String w : ENGLISH_WORDS) {
      int end = i + w.length();
      int k = 0;
      while (k < w.length() && end <= to && (text.charAt(i + k) | 0x20) == w.charAt(k)) {
        k++;
      }
      if (k == w.length() && (end == to || !isAsciiLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
