package org.arxivenrich.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.TitleCandidate;

/**
 * The stage between extraction and resolution for papers named without a link (issue #11): each
 * phrase an article presents as a title becomes a mention of form {@code title} only when one
 * arXiv paper matches it confidently, under the very rule that makes suggestions
 * ({@link Suggester}): the same title, or a close full title with no rival. A short name never
 * does, nor a paper another mention of the phrase's unit already names. A phrase whose search
 * could not be made (budget spent, offline, arXiv down) is counted as skipped, never guessed.
 */
public final class TitleMatcher {
  private final Suggester suggester;

  /** Matches through {@code search}, which throws when a search cannot be made. */
  public TitleMatcher(TitleSearch search) {
    this.suggester = new Suggester(search);
  }

  /**
   * What matching came to: the title mentions, and how many candidates could not be looked up.
   *
   * @param skipped candidates whose search could not be made this run
   */
  public record Matched(List<Mention> mentions, int skipped) {
    public Matched {
      mentions = List.copyOf(mentions);
      if (skipped < 0) {
        throw new IllegalArgumentException("skipped cannot be negative: " + skipped);
      }
    }
  }

  /** Looks each candidate up (each distinct title once), in order. */
  public Matched match(List<TitleCandidate> candidates) {
    List<Mention> mentions = new ArrayList<>();
    int skipped = 0;
    for (TitleCandidate c : candidates) {
      Objects.requireNonNull(c, "candidate");
      Suggester.Lookup lookup = suggester.suggest(c.phrase(), Optional.empty());
      lookup.suggestion().filter(s -> !c.namedInUnit().contains(s.id()))
          .ifPresent(s -> mentions.add(c.toMention(s.id())));
      skipped += lookup.failure().isPresent() ? 1 : 0;
    }
    return new Matched(mentions, skipped);
  }
}
