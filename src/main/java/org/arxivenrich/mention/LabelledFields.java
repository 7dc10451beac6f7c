package org.arxivenrich.mention;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields of one article ({@code 论文名称:《…》}, {@code 发布时间:…}) of one kind,
 * found once: where the field's pattern, anchored with {@code (?m)^}, matches at a line start,
 * and the value read from each. Issue #13: each mention searched the twenty lines before it
 * again. Per article, not shared between threads.
 */
final class LabelledFields<T> {
  /** What may open a field's line before its label. */
  static final String SKIPPED = " \t-*•";

  private final String text;
  private final LineStarts lineStarts;
  private final Pattern field;
  private final String[] labels;
  /** The labels' first chars. */
  private final String firsts;
  private final Function<String, Optional<T>> value;
  /** Line terminators that a value's {@code \\S} may hold, so a match may run past a line. */
  private final boolean oddTerminators;
  /** Where the index starts (-1: not yet), the next line start to index, and the matcher. */
  private int indexedFrom = -1;
  private int next;
  private Matcher scan;
  /** The line starts where a field matches, in order, their matches and values once read. */
  private int[] starts = new int[8];
  private MatchResult[] found = new MatchResult[8];
  @SuppressWarnings("unchecked")
  private Optional<Sourced<T>>[] read = new Optional[8];
  private int count;

  /**
   * {@code labels}: the labels {@code field} matches, one of which must open a line (after
   * {@link #SKIPPED} chars) before the pattern runs there.
   */
  LabelledFields(String text, LineStarts lineStarts, Pattern field, String[] labels,
      Function<String, Optional<T>> value) {
    this.text = text;
    this.lineStarts = lineStarts;
    this.field = field;
    this.labels = labels;
    StringBuilder f = new StringBuilder();
    for (String label : labels) {
      f.append(label.charAt(0));
    }
    this.firsts = f.toString();
    this.value = value;
    this.oddTerminators = lineStarts.hasOddTerminators(); // the text is searched once for them
  }

  /**
   * The last field from {@code from} up to the line holding {@code to} (whose start is {@code
   * end}), read by the value function; source {@code field:} and its label. {@code from} need
   * not be a line start: {@code ^} matches there as at a region's start.
   */
  Optional<Sourced<T>> last(int from, int end) {
    if (oddTerminators || (indexedFrom >= 0 && from < indexedFrom)) {
      return searched(from, end); // a value may hold a line start, or before the index
    }
    indexTo(from, end);
    int i = Arrays.binarySearch(starts, 0, count, end - 1);
    int last = i >= 0 ? i : -i - 2; // the last field starting before end
    if (last >= 0 && starts[last] > from) {
      return read(last);
    }
    Matcher m = from < end ? matchAt(from, end) : null;
    return m == null ? Optional.empty() : sourced(m);
  }

  /**
   * What {@link #last} gives, by a search of each line start in {@code [from, end)}, the last
   * one kept: the definition of the shortcut, and the way where a value may hold a line start.
   */
  Optional<Sourced<T>> searched(int from, int end) {
    Matcher last = null;
    int at = from;
    while (at >= 0 && at < end) {
      Matcher m = matchAt(at, end);
      if (m != null) {
        last = m;
        at = lineStarts.next(m.end() - 1); // the search goes on after the match
      } else {
        at = lineStarts.next(at);
      }
    }
    return last == null ? Optional.empty() : sourced(last);
  }

  /** The field matched at {@code at} in {@code text[at, end)}; null for none. */
  private Matcher matchAt(int at, int end) {
    if (!opensWithLabel(at)) {
      return null;
    }
    Matcher m = field.matcher(text).region(at, end);
    return m.lookingAt() ? m : null;
  }

  /**
   * True when a label and its colon follow the {@link #SKIPPED} chars at {@code at}: the
   * pattern's opening chars are all of them and no label starts with one, so where it matches
   * this is true.
   */
  private boolean opensWithLabel(int at) {
    int i = at;
    while (i < text.length() && SKIPPED.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i == text.length() || firsts.indexOf(text.charAt(i)) < 0) {
      return false; // the cheap test first: this runs at every line start
    }
    for (String label : labels) {
      if (text.startsWith(label, i) && colonAt(i + label.length())) {
        return true;
      }
    }
    return false;
  }

  /** The pattern's {@code (?:\\*\\*)?[ \\t]*[:：]} after a label: "论文链接:" is no field. */
  private boolean colonAt(int at) {
    int i = text.startsWith("**", at) ? at + 2 : at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '：');
  }

  private Optional<Sourced<T>> sourced(MatchResult m) {
    return Sourced.of("field:" + m.group(1), value.apply(m.group(2)));
  }

  private Optional<Sourced<T>> read(int i) {
    if (read[i] == null) {
      read[i] = sourced(found[i]);
    }
    return read[i];
  }

  /**
   * Indexes the line starts after {@code from} (on the first call) up to {@code end} where a
   * field matches, matched to the text's end: a field's match ends before its line's
   * terminator, so it is the one a search up to a later line start finds. Mentions come in text
   * order, so the index grows forward from the first one's block and stops at the last one.
   */
  private void indexTo(int from, int end) {
    if (indexedFrom < 0) {
      indexedFrom = from;
      next = lineStarts.next(from);
      scan = field.matcher(text);
    }
    for (; next >= 0 && next < end; next = lineStarts.next(next)) {
      if (opensWithLabel(next) && scan.region(next, text.length()).lookingAt()) {
        add(next, scan.toMatchResult());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private void add(int start, MatchResult match) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      found = Arrays.copyOf(found, count * 2);
      read = Arrays.copyOf(read, count * 2);
    }
    starts[count] = start;
    found[count++] = match;
  }
}
