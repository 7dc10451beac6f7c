package org.arxivenrich.mention;

import java.util.List;

/**
 * Computes the {@link Scope} of one hit: its sentence, clipped to its innermost unit; the lines
 * before it back to the previous hit; never across the edges of a closed unit (a table row, an
 * entry) nor back across the start of the reference list.
 */
final class ClaimScope {
  private static final int LOOKBACK_LINES = 3;
  /** A structured block (title field to link) spans up to 14 lines in the articles seen. */
  private static final int BLOCK_LINES = 20;
  private static final int LABEL_MAX = 40;
  private static final int AFTER_MAX = 3;
  private static final int PARENTHESIS_MAX = 80;

  private ClaimScope() {}

  static Scope of(int index, List<Hit> hits, List<Unit> around, int referencesStart,
      TextLines lines, int length, Units units) {
    Hit hit = hits.get(index);
    int lo = 0;
    for (Unit u : around) {
      if (u.closed()) {
        lo = u.start();
        break;
      }
    }
    Unit inner = innermostBlock(around);
    int innerLo = inner == null ? 0 : inner.start();
    int innerHi = inner == null ? length : inner.end();
    int floor = Math.max(lo, floor(index, hits, referencesStart, lines.text(), units));
    int next = nextStart(index, hits, length);
    boolean entry = hit.start() >= referencesStart;
    int start = Math.max(Math.max(floor, innerLo), entry
        ? Math.max(lines.lineStart(hit.start()), hit.start() - TextLines.SENTENCE_MAX)
        : lines.sentenceStart(hit.start()));
    int end = Math.min(Math.min(next, innerHi),
        entry ? lines.lineEnd(hit.end()) : lines.sentenceEnd(hit.end()));
    int lookback = aloneOnLine(hit, lines, lines.text())
        ? Math.max(lo, Math.max(lines.lineAfter(floor),
            lines.linesBack(hit.start(), LOOKBACK_LINES))) : hit.start();
    int block = Math.max(floor, lines.linesBack(hit.start(), BLOCK_LINES));
    return new Scope(start, Math.max(start, end), block, lookback, entry, Math.max(floor, innerLo),
        next, Math.min(innerHi, next), !around.isEmpty());
  }

  /**
   * Labelled fields for a hit are read only after the {@link FieldRecords} record holding the
   * previous hit: a record's fields are its own link's.
   */
  static Scope pastFieldRecord(Scope s, int index, List<Hit> hits, Units units) {
    if (index == 0) {
      return s;
    }
    int start = hits.get(index).start();
    for (Unit u : units.around(hits.get(index - 1).start())) {
      if (u.kind().equals(FieldRecords.KIND) && u.end() > s.block() && u.end() <= start) {
        return s.withBlock(u.end());
      }
    }
    return s;
  }

  /**
   * The innermost unit that bounds a sentence: a link's own unit (an HTML {@code a} carrying a
   * {@code title}) spans only its anchor text, and the sentence goes on around it.
   */
  private static Unit innermostBlock(List<Unit> around) {
    for (Unit u : around) {
      if (!u.kind().equals("a")) {
        return u;
      }
    }
    return around.isEmpty() ? null : around.get(0);
  }

  /**
   * Claims for a hit come from after the previous hit (other than one at the same place, and
   * past a parenthesis that belongs to it), and from after the closed unit holding it: a record
   * or a row speaks only for what it holds.
   */
  private static int floor(int index, List<Hit> hits, int referencesStart, String text,
      Units units) {
    Hit hit = hits.get(index);
    int floor = hit.start() >= referencesStart ? referencesStart : 0;
    for (int i = index - 1; i >= 0; i--) {
      Hit previous = hits.get(i);
      if (previous.start() < hit.start() && !isBadge(previous)) {
        int after = pastParenthesis(text, Math.min(previous.end(), hit.start()), hit.start());
        return Math.max(floor,
            Math.max(after, units.closedEndBefore(previous.start(), hit.start())));
      }
    }
    return floor;
  }

  /**
   * A parenthesis holding the previous hit, or right after it, is that hit's: in "(Hendrycks et
   * al., 2021), joined by MMLU-Pro" and in "GLaM (2022) and DeepSeekMoE" the year is not the
   * second paper's. Where {@code text[from, to)} closes a parenthesis before opening another,
   * or opens with one, claims start after it.
   */
  private static int pastParenthesis(String text, int from, int to) {
    int open = from;
    while (open < to && text.charAt(open) == ' ') {
      open++;
    }
    boolean after = open < to && (text.charAt(open) == '(' || text.charAt(open) == '（');
    for (int i = after ? open + 1 : from; i < to && i < from + PARENTHESIS_MAX; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（' || c == '\n') {
        return from;
      }
      if (c == ')' || c == '）') {
        return i + 1;
      }
    }
    return from;
  }

  /**
   * A badge image ({@code img.shields.io}, an {@code .svg}) names no paper: the title written
   * before it belongs to the link after it (issue #8).
   */
  private static boolean isBadge(Hit hit) {
    if (hit.target().namesId()) {
      return false;
    }
    String url = hit.url().orElse("");
    return url.contains("shields.io") || url.contains("badge") || url.endsWith(".svg")
        || url.endsWith(".png");
  }

  private static int nextStart(int index, List<Hit> hits, int length) {
    Hit hit = hits.get(index);
    for (int i = index + 1; i < hits.size(); i++) {
      if (hits.get(i).start() > hit.start()) {
        return Math.max(hit.end(), hits.get(i).start());
      }
    }
    return length;
  }

  /**
   * A link that has its line to itself, apart from a short label before it. Read in place, as
   * it runs per mention (issue #13).
   */
  private static boolean aloneOnLine(Hit hit, TextLines lines, String text) {
    int lineStart = lines.lineStart(hit.start());
    if (hit.start() - lineStart > LABEL_MAX) {
      return false;
    }
    for (int i = lineStart; i < hit.start(); i++) {
      if (TextLines.isTerminator(text.charAt(i))) {
        return false;
      }
    }
    int from = hit.end();
    int to = Math.min(lines.lineEnd(hit.end()), hit.end() + AFTER_MAX + 5);
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to - from <= AFTER_MAX; // the length of the text after it, stripped
  }
}
