package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading an article's structure found: its units, the identifiers only the structure
 * reveals (a BibTeX {@code eprint}, a bare ID in a column headed {@code arxiv_id}), and the
 * stretches that are the article's own metadata (front matter, e-mail headers, bylines), from
 * which no claim about a paper is ever read. Built by one article's readers, then read.
 */
final class Structure {
  private final List<Unit> units = new ArrayList<>();
  private final List<Hit> hits = new ArrayList<>();
  private final List<int[]> quiet = new ArrayList<>();
  private final int[] hitStarts;

  /** A structure for a text whose scanned hits start at {@code hitStarts} (sorted). */
  Structure(int[] hitStarts) {
    this.hitStarts = hitStarts;
  }

  Structure() {
    this(new int[0]);
  }

  /** True when a hit the scanner found starts in {@code [start, end)}: claims worth reading. */
  boolean holdsHit(int start, int end) {
    int i = java.util.Arrays.binarySearch(hitStarts, start);
    int at = i >= 0 ? i : -i - 1;
    return at < hitStarts.length && hitStarts[at] < end;
  }

  /** How many hits the scanner found start in {@code [start, end)}. */
  int hitsIn(int start, int end) {
    return Math.max(0, at(end) - at(start));
  }

  private int at(int offset) {
    int i = java.util.Arrays.binarySearch(hitStarts, offset);
    while (i > 0 && hitStarts[i - 1] == offset) {
      i--;
    }
    return i >= 0 ? i : -i - 1;
  }

  /** Where the scanner's hits start, sorted: readers that work per mention start there. */
  int[] hitStarts() {
    return hitStarts.clone();
  }

  void unit(Unit unit) {
    units.add(unit);
  }

  void hit(Hit hit) {
    hits.add(hit);
  }

  /** No claim is read from {@code [start, end)}. */
  void quiet(int start, int end) {
    if (end > start) {
      quiet.add(new int[] {start, end});
    }
  }

  /** True when {@code [start, end)} overlaps a quiet stretch found so far. */
  boolean isQuiet(int start, int end) {
    for (int[] q : quiet) {
      if (q[0] < end && start < q[1]) {
        return true;
      }
    }
    return false;
  }

  List<Unit> units() {
    return units;
  }

  List<Hit> hits() {
    return hits;
  }

  /**
   * The text with the quiet stretches blanked (line breaks kept), so that offsets stay valid and
   * no claim reader can see an article's own dates.
   */
  String claimText(String text) {
    if (quiet.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int[] q : quiet) {
      for (int i = q[0]; i < q[1] && i < chars.length; i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
