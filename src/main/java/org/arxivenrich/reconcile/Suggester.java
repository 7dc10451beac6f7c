package org.arxivenrich.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;

/**
 * Finds the arXiv paper a claimed title names, through a {@link TitleSearch}, and suggests it
 * only when one hit is a confident match: the same title after normalization, or a close full
 * title (many distinctive words, no conflicting numbers) with no rival hit nearly as close. A
 * short name is never looked up: "DALL-E 3" alone cannot single out a paper. Never guesses.
 */
final class Suggester {
  /** Weighted overlap a hit needs to be suggested, when it is not the same title. */
  private static final double CONFIDENT = 0.9;
  /** Distinctive words a claim needs before a close-but-unequal hit can be trusted. */
  private static final int MIN_DISTINCTIVE_WORDS = 3;

  private final TitleSearch search;
  private final Map<String, Lookup> lookups = new HashMap<>();

  Suggester(TitleSearch search) {
    this.search = search;
  }

  /** What a lookup came to: the suggestion if confident, or why the search failed. */
  record Lookup(Optional<Suggestion> suggestion, Optional<String> failure) {}

  /** Looks {@code claim} up once per run (searches cost API requests); excludes {@code linked}. */
  Lookup suggest(String claim, Optional<ArxivId> linked) {
    if (!canSingleOut(claim)) {
      return new Lookup(Optional.empty(), Optional.empty());
    }
    TitleText c = TitleText.of(claim);
    Lookup found = lookups.computeIfAbsent(c.normalized(), k -> lookup(claim, c));
    boolean sameAsLink = found.suggestion().map(s -> linked.equals(Optional.of(s.id())))
        .orElse(false);
    return sameAsLink ? new Lookup(Optional.empty(), found.failure()) : found;
  }

  /**
   * True when {@code claim} is worth a search: an English title, not a short name ("GPT-4",
   * "DALL-E 3") that cannot single out a paper whatever the search returns.
   */
  static boolean canSingleOut(String claim) {
    TitleText c = TitleText.of(claim);
    return c.isLatin() && !TitleComparer.isShortName(claim, c);
  }

  private Lookup lookup(String claim, TitleText c) {
    List<Paper> hits;
    try {
      hits = search.search(claim);
    } catch (RuntimeException e) {
      return new Lookup(Optional.empty(), Optional.of("title search failed: " + e.getMessage()));
    }
    List<Paper> same = hits.stream()
        .filter(p -> TitleText.of(p.title()).normalized().equals(c.normalized())).toList();
    List<Paper> close = same.isEmpty()
        ? hits.stream().filter(p -> isClose(c, TitleText.of(p.title()))).toList() : same;
    if (close.stream().map(Paper::id).distinct().count() != 1) {
      return new Lookup(Optional.empty(), Optional.empty());
    }
    Paper hit = close.get(0);
    return new Lookup(Optional.of(new Suggestion(hit.id(), hit.title())), Optional.empty());
  }

  private static boolean isClose(TitleText claim, TitleText hit) {
    long distinctive = claim.words().stream().filter(TitleText::isInformative).distinct().count();
    return distinctive >= MIN_DISTINCTIVE_WORDS
        && WordOverlap.dice(claim, hit) >= CONFIDENT
        && VersionedNames.conflict(claim, hit).isEmpty();
  }
}
