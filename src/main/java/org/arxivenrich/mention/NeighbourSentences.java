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
  private static final Pattern REFERRING = Pattern.compile("(?i)\\b(?:it|this|the paper"
      + "|that paper|published|released|came out|appeared|posted|submitted|dated)\\b"
      + "|该论文|這篇|这篇|該論文|它|发布|發佈|發布|发表|發表|提交");
  private static final int NAME_WINDOW = 80;

  private final String text;
  private final TextLines lines;
  private final Units units;
  private final DateReader dates;

  NeighbourSentences(String text, TextLines lines, Units units, DateReader dates) {
    this.text = text;
    this.lines = lines;
    this.units = units;
    this.dates = dates;
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
    return Sourced.of("footnote_ref", TitleReader.lastBook(text, from, at)
        .or(() -> TitleReader.lastQuotedOrBold(text, from, at))
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
    return from < to && REFERRING.matcher(text).region(from, to).find();
  }
}
