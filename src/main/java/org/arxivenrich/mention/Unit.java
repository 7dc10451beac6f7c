package org.arxivenrich.mention;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One unit of an article's structure over {@code [start, end)} of its text: a table row, a list
 * item, a paragraph, a reference entry, a BibTeX entry, a link reference definition, a footnote,
 * a mailing-list entry. Claims for a mention are read inside the unit that holds it (issue #8).
 *
 * @param kind what the unit is ({@code tr}, {@code li}, {@code p}, {@code bibtex}, ...)
 * @param closed true when nothing outside the unit speaks for what is inside (a table row, an
 *     entry): claims are then never read across its edges
 * @param title the title the unit's structure gives (a column headed Title, a BibTeX title)
 * @param date the date the unit's structure gives (a column headed Date, BibTeX year)
 * @param referencedAt where the text refers to this unit (a footnote's marker), whose sentence
 *     speaks for it when the unit itself claims nothing
 */
record Unit(int start, int end, String kind, boolean closed, Optional<Sourced<String>> title,
    Optional<Sourced<ClaimedDate>> date, OptionalInt referencedAt) {

  Unit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(referencedAt, "referencedAt");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  /** A unit whose structure claims nothing itself: a paragraph, a list item. */
  static Unit plain(int start, int end, String kind, boolean closed) {
    return new Unit(start, end, kind, closed, Optional.empty(), Optional.empty(),
        OptionalInt.empty());
  }

  boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  Unit withClaims(Optional<Sourced<String>> t, Optional<Sourced<ClaimedDate>> d) {
    return new Unit(start, end, kind, closed, t, d, referencedAt);
  }

  Unit referencedAt(int offset) {
    return new Unit(start, end, kind, closed, title, date, OptionalInt.of(offset));
  }
}
