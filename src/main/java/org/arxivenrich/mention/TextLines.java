package org.arxivenrich.mention;

import java.util.Arrays;
import org.arxivenrich.article.SourceText;

/**
 * Lines and sentences of one text, found by offset: line breaks are indexed once, so each look-up
 * is a binary search and reading claims stays linear even in huge texts. Per article, not shared
 * between threads (it remembers its last look-up).
 */
final class TextLines {
  /** Ends of sentences: CJK and Latin terminators, and line breaks. */
  static final String TERMINATORS = "。！？!?；;\n";
  /** Bounds on how far a sentence is looked for, so text without punctuation stays linear. */
  static final int SENTENCE_MAX = 400;
  private static final String[] ABBREVIATIONS = {"vs", "e.g", "i.e", "cf", "viz", "approx"};

  private final String text;
  private final int[] breaks;
  /** The line of the last look-up. */
  private int lastLine;

  TextLines(String text) {
    this.text = text;
    this.breaks = SourceText.lineBreaks(text);
  }

  String text() {
    return text;
  }

  /** The start of the line holding {@code offset} (a line break belongs to its line). */
  int lineStart(int offset) {
    return startOfLine(lineIndex(offset));
  }

  /**
   * The number of line breaks before {@code offset}: the index of the line holding it. The line
   * of the last look-up is tried first: a mention's line is looked up many times in a row.
   */
  private int lineIndex(int offset) {
    int l = lastLine;
    if ((l == 0 || breaks[l - 1] < offset) && (l == breaks.length || breaks[l] >= offset)) {
      return l;
    }
    int i = Arrays.binarySearch(breaks, offset - 1);
    lastLine = i >= 0 ? i + 1 : -i - 1;
    return lastLine;
  }

  private int startOfLine(int index) {
    return index == 0 ? 0 : breaks[index - 1] + 1;
  }

  int lineEnd(int offset) {
    int at = lineIndex(offset); // the first break at or after offset
    return at < breaks.length ? breaks[at] : text.length();
  }

  /** Where the line after the one holding {@code offset} starts; 0 for the text's start. */
  int lineAfter(int offset) {
    return offset == 0 ? 0 : Math.min(text.length(), lineEnd(offset) + 1);
  }

  /**
   * The start of the line {@code lines} lines before the one holding {@code offset}, or of the
   * first line: one search, not one per line (issue #13: this runs per mention).
   */
  int linesBack(int offset, int lines) {
    return startOfLine(Math.max(0, lineIndex(offset) - lines));
  }

  int sentenceStart(int offset) {
    int limit = Math.max(0, offset - SENTENCE_MAX);
    for (int i = offset - 1; i >= limit; i--) {
      if (isTerminator(text.charAt(i)) || isLatinStop(i)) {
        return i + 1;
      }
    }
    return limit;
  }

  int sentenceEnd(int offset) {
    int limit = Math.min(text.length(), offset + SENTENCE_MAX);
    for (int i = offset; i < limit; i++) {
      if (isTerminator(text.charAt(i)) || isLatinStop(i)) {
        return i;
      }
    }
    return limit;
  }

  /**
   * The end of the prose sentence that starts at {@code from}: a line break inside a paragraph
   * does not end it, a full stop, question or exclamation mark does.
   */
  int proseEnd(int from, int limit) {
    int to = Math.min(limit, from + SENTENCE_MAX);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isStop(c) || (c == '.' && (i + 1 >= text.length()
          || Character.isWhitespace(text.charAt(i + 1))) && !isAbbreviation(i))) {
        return i + 1;
      }
    }
    return to;
  }

  /** The start of the prose sentence holding {@code offset}, not before {@code limit}. */
  int proseStart(int offset, int limit) {
    int from = Math.max(limit, offset - SENTENCE_MAX);
    for (int i = offset - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (isStop(c) || (c == '.' && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && !isAbbreviation(i))) {
        return i + 1;
      }
    }
    return from;
  }

  /** One of {@link #TERMINATORS}, tested without a search of them per char. */
  static boolean isTerminator(char c) {
    return c == '\n' || c == ';' || c == '；' || isStop(c);
  }

  /** {@code 。！？!?}: what ends a prose sentence besides a full stop. */
  private static boolean isStop(char c) {
    return c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
  }

  /** A full stop followed by a space ends an English sentence, unless it ends "vs.", "e.g.". */
  private boolean isLatinStop(int i) {
    return text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' '
        && !isAbbreviation(i);
  }

  /**
   * "RLAIF vs. RLHF", "e.g. DPO", "cf. Table 2": a full stop that never ends a sentence. Compared
   * in place: sentences are looked for around every mention (issue #13).
   */
  private boolean isAbbreviation(int dot) {
    for (String a : ABBREVIATIONS) {
      int start = dot - a.length();
      if (start >= 0 && text.startsWith(a, start)
          && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }
}
