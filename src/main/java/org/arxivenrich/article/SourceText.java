package org.arxivenrich.article;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text read from a file, with a map from each character offset back to the line and column of the
 * source it came from (so that text extracted from HTML still points into the original file).
 * Plain text keeps only where its lines break and counts a column when asked (issue #13: two
 * ints per char of every article, for the few offsets mentions are at, were a tenth of reading).
 */
public final class SourceText {
  private final String text;
  /** Where a plain text's lines break; null for mapped text. */
  private final int[] breaks;
  /** A mapped text's source position of each char (plus one past the end); null for plain. */
  private final int[] lines;
  private final int[] columns;
  /**
   * The last column counted in plain text, where the next count on its line may go on from:
   * mentions ask in text order, so a line of a megabyte is not counted again per mention. An
   * immutable value, so a thread that reads a stale one still counts right.
   */
  private volatile Counted counted = new Counted(0, 0, 1);

  /** The plain text's {@code column} at {@code offset}, on the line starting at {@code line}. */
  private record Counted(int line, int offset, int column) {}

  private SourceText(String text, int[] breaks, int[] lines, int[] columns) {
    this.text = text;
    this.breaks = breaks;
    this.lines = lines;
    this.columns = columns;
  }

  /** Plain text: positions are the text's own lines and columns (in code points, 1-based). */
  public static SourceText plain(String text) {
    Objects.requireNonNull(text, "text");
    return new SourceText(text, lineBreaks(text), null, null);
  }

  /**
   * The offset of every {@code \n} in {@code text}, in order, found in one pass: the line index
   * both positions here and the claim reader's line look-ups ({@code mention.TextLines}) rest on.
   */
  public static int[] lineBreaks(String text) {
    int[] found = new int[64];
    int n = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = i;
    }
    return Arrays.copyOf(found, n);
  }

  /**
   * Plain text with every char's position at hand, for a caller that looks up each char (the
   * HTML extractor maps its text back into the source this way).
   */
  static SourceText plainMapped(String text) {
    int[][] positions = positions(text);
    return new SourceText(text, null, positions[0], positions[1]);
  }

  /** Each char's line and column (and one past the end), as {@link #plain} counts them. */
  private static int[][] positions(String text) {
    int[] lines = new int[text.length() + 1];
    int[] columns = new int[text.length() + 1];
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      lines[i] = line;
      columns[i] = column;
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    lines[text.length()] = line;
    columns[text.length()] = column;
    return new int[][] {lines, columns};
  }

  /** Text whose positions were mapped by the caller; arrays hold one entry per char plus one. */
  static SourceText mapped(String text, int[] lines, int[] columns) {
    if (lines.length != text.length() + 1 || columns.length != text.length() + 1) {
      throw new IllegalArgumentException("position maps must have text.length() + 1 entries");
    }
    return new SourceText(text, null, lines.clone(), columns.clone());
  }

  public String text() {
    return text;
  }

  /** The 1-based source line of the char at {@code offset}. */
  public int lineAt(int offset) {
    Objects.checkIndex(offset, text.length() + 1);
    return breaks == null ? lines[offset] : breaksBefore(offset) + 1;
  }

  /**
   * The 1-based source column of the char at {@code offset}: in plain text one more than the
   * chars before it on its line, the second half of a surrogate pair not counted.
   */
  public int columnAt(int offset) {
    Objects.checkIndex(offset, text.length() + 1);
    if (breaks == null) {
      return columns[offset];
    }
    int before = breaksBefore(offset);
    int line = before == 0 ? 0 : breaks[before - 1] + 1;
    Counted last = counted;
    boolean goOn = last.line() == line && last.offset() <= offset;
    int column = goOn ? last.column() : 1;
    for (int i = goOn ? last.offset() : line; i < offset; i++) {
      column += Character.isLowSurrogate(text.charAt(i)) ? 0 : 1;
    }
    counted = new Counted(line, offset, column);
    return column;
  }

  /** How many line breaks come before {@code offset} (a break belongs to its own line). */
  private int breaksBefore(int offset) {
    int i = Arrays.binarySearch(breaks, offset);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SourceText other) || !text.equals(other.text)) {
      return false;
    }
    if (breaks != null && other.breaks != null) {
      return true; // plain positions follow from the text
    }
    int[][] mine = breaks == null ? new int[][] {lines, columns} : positions(text);
    int[][] theirs = other.breaks == null ? new int[][] {other.lines, other.columns}
        : positions(text);
    return Arrays.equals(mine[0], theirs[0]) && Arrays.equals(mine[1], theirs[1]);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
