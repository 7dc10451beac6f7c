package org.arxivenrich.article;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text read from a file, with a map from each character offset back to the line and column of the
 * source it came from (so that text extracted from HTML still points into the original file).
 */
public final class SourceText {
  private final String text;
  private final int[] lines;
  private final int[] columns;

  private SourceText(String text, int[] lines, int[] columns) {
    this.text = text;
    this.lines = lines;
    this.columns = columns;
  }

  /** Plain text: positions are the text's own lines and columns (in code points, 1-based). */
  public static SourceText plain(String text) {
    Objects.requireNonNull(text, "text");
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
    return new SourceText(text, lines, columns);
  }

  /** Text whose positions were mapped by the caller; arrays hold one entry per char plus one. */
  static SourceText mapped(String text, int[] lines, int[] columns) {
    if (lines.length != text.length() + 1 || columns.length != text.length() + 1) {
      throw new IllegalArgumentException("position maps must have text.length() + 1 entries");
    }
    return new SourceText(text, lines.clone(), columns.clone());
  }

  public String text() {
    return text;
  }

  /** The 1-based source line of the char at {@code offset}. */
  public int lineAt(int offset) {
    return lines[offset];
  }

  /** The 1-based source column of the char at {@code offset}. */
  public int columnAt(int offset) {
    return columns[offset];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceText other && text.equals(other.text)
        && Arrays.equals(lines, other.lines) && Arrays.equals(columns, other.columns);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
