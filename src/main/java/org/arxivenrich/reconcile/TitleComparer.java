package org.arxivenrich.reconcile;

import java.util.List;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;

/**
 * Compares a claimed title with a paper's canonical title (issue #4). A full title is compared
 * word by word, common words weighing less, so a generic phrase shared by two titles ("... Is
 * All You Need") cannot make them agree; a short name ({@code GPT-4}, {@code DiT}) matches when the
 * title or the abstract names it. {@link Verdict#MISMATCH} is given only when the titles clearly
 * name different papers; anything in between is {@link Verdict#UNCERTAIN}.
 */
final class TitleComparer {
  /** Weighted word overlap at or above which two full titles agree. */
  private static final double AGREE = 0.75;
  /** Weighted word overlap below which two full titles name different papers. */
  private static final double DIFFER = 0.35;
  /** Share of the claim's weighted words in the title that makes it a shortened title. */
  private static final double CONTAINED = 0.95;
  /** Below this overlap, titles sharing no distinctive word name different papers. */
  private static final double COMMON_WORDS_ONLY = 0.6;
  /** Above this overlap a number conflict alone does not make a mismatch (a typo, a year). */
  private static final double NEAR_SAME = 0.9;
  /** Score of a short name the title spells out: surer than the abstract, less than verbatim. */
  private static final double SPELLED_OUT = 0.9;
  /** A claim shorter than this (in words, with no colon) is a name rather than a title. */
  private static final int SHORT_NAME_WORDS = 3;

  TitleCheck compare(String claim, Paper paper) {
    return compare(claim, paper.title(), paper.summary());
  }

  TitleCheck compare(String claim, String title, String summary) {
    TitleText c = TitleText.of(claim);
    if (!c.isLatin() || c.words().isEmpty()) {
      return TitleCheck.unscored(Verdict.UNCERTAIN, "claim is not in English, not compared");
    }
    TitleText t = TitleText.of(title);
    if (c.normalized().equals(t.normalized())) {
      return TitleCheck.of(Verdict.MATCH, 1.0, "same title");
    }
    if (isShortName(claim, c)) {
      return shortName(c, t, TitleText.of(summary));
    }
    return fullTitle(c, t);
  }

  /** A claim of a few words and no colon names a paper rather than giving its title. */
  static boolean isShortName(String claim, TitleText c) {
    return c.words().size() <= SHORT_NAME_WORDS && !claim.contains(":");
  }

  private static TitleCheck fullTitle(TitleText c, TitleText t) {
    double dice = WordOverlap.dice(c, t);
    double contained = WordOverlap.containment(c, t);
    Optional<String> conflict = VersionedNames.conflict(c, t);
    if (contained >= CONTAINED && VersionedNames.numbersIn(c, t)) {
      return TitleCheck.of(Verdict.MATCH, contained,
          "every word of the claim is in the title (shortened or revised)");
    }
    if (conflict.isEmpty() && dice >= AGREE) {
      return TitleCheck.of(Verdict.MATCH, dice, "titles agree");
    }
    if (conflict.isPresent() && dice < NEAR_SAME) {
      return TitleCheck.of(Verdict.MISMATCH, dice, conflict.get());
    }
    return weakOverlap(c, t, dice);
  }

  /** Titles that do not agree: a mismatch only on clear evidence, else uncertain. */
  private static TitleCheck weakOverlap(TitleText c, TitleText t, double dice) {
    if (c.words().stream().noneMatch(TitleText::isInformative)) {
      return TitleCheck.of(Verdict.UNCERTAIN, dice, "claim has no distinctive word");
    }
    if (dice < DIFFER) {
      return TitleCheck.of(Verdict.MISMATCH, dice, "titles name different papers");
    }
    if (!WordOverlap.sharesInformative(c, t) && dice < COMMON_WORDS_ONLY) {
      return TitleCheck.of(Verdict.MISMATCH, dice, "titles share only common words");
    }
    Optional<String> swap = Substitutions.first(c, t);
    if (swap.isPresent()) {
      return TitleCheck.of(Verdict.MISMATCH, dice, swap.get());
    }
    return TitleCheck.of(Verdict.UNCERTAIN, dice, "titles only partly agree");
  }

  private static TitleCheck shortName(TitleText c, TitleText t, TitleText summary) {
    String name = String.join("", c.words());
    if (names(t, name)) {
      return TitleCheck.of(Verdict.MATCH, 1.0, "the title names '" + c.original() + "'");
    }
    // "Segment Anything Model": its distinctive words, in a row, name the paper; one word alone
    // does not ("Consistency Models" is not "Self-Consistency Improves ...").
    List<String> distinctive = c.words().stream().filter(TitleText::isInformative).toList();
    if (distinctive.size() >= 2 && names(t, String.join("", distinctive))
        && VersionedNames.conflict(c, t).isEmpty()) {
      return TitleCheck.of(Verdict.MATCH, 1.0,
          "the title has the distinctive words of '" + c.original() + "'");
    }
    if (names(summary, name)) {
      return TitleCheck.of(Verdict.MATCH, 0.8, "the abstract names '" + c.original() + "'");
    }
    Optional<String> conflict = VersionedNames.conflict(c, t);
    if (conflict.isPresent()) {
      return TitleCheck.of(Verdict.MISMATCH, 0.0, conflict.get());
    }
    return spelledOut(c, t);
  }

  /** A short name the title spells out instead of naming: its initials, or its words misspelled. */
  private static TitleCheck spelledOut(TitleText c, TitleText t) {
    Optional<Acronyms.Spelling> spelling = Acronyms.spelling(c.original(), t.original());
    if (spelling.isPresent() && spelling.get().conflict().isPresent()) {
      return TitleCheck.of(Verdict.MISMATCH, 0.0, spelling.get().conflict().get());
    }
    if (spelling.isPresent()) {
      return TitleCheck.of(Verdict.MATCH, SPELLED_OUT, "short name '" + c.original()
          + "' is the initials of '" + spelling.get().words() + "'");
    }
    if (MisspelledNames.inTitle(c, t)) {
      return TitleCheck.of(Verdict.MATCH, SPELLED_OUT, "every word of short name '"
          + c.original() + "' is in the title, long words one letter apart at most");
    }
    return TitleCheck.of(Verdict.UNCERTAIN, 0.0,
        "short name '" + c.original() + "' not found in title or abstract");
  }

  /** True when a run of up to four consecutive words, written together, spells {@code name}. */
  private static boolean names(TitleText text, String name) {
    List<String> w = text.words();
    for (int i = 0; i < w.size(); i++) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < Math.min(w.size(), i + 4) && run.length() < name.length(); j++) {
        run.append(w.get(j));
        if (run.toString().equals(name) || TitleText.stem(run.toString()).equals(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
