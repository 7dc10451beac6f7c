package org.arxivenrich.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.resolve.Outcome;

/**
 * Reconciles each mention's claims with arXiv's canonical record: title and date verdicts for
 * resolved mentions, and a suggested arXiv ID when a claimed title names another paper (a title
 * mismatch), or a link that is not a resolvable arXiv ID carries a title. Every mention comes
 * out, whatever its status.
 */
public final class Reconciler {
  /** The order rows are published in: article, then position. */
  private static final Comparator<Mention> ORDER = Comparator.comparing(Mention::article)
      .thenComparingInt(Mention::line).thenComparingInt(Mention::column)
      .thenComparing(Mention::matchedText);

  private final TitleComparer titles = new TitleComparer();
  private final DateComparer dates = new DateComparer();
  private final Suggester suggester;

  public Reconciler(TitleSearch search) {
    this.suggester = new Suggester(search);
  }

  /** One reconciliation per mention, in {@link #ORDER}. */
  public List<Reconciliation> reconcile(List<Mention> mentions, Map<ArxivId, Outcome> outcomes) {
    return mentions.stream().sorted(ORDER)
        .map(m -> reconcile(m, m.arxivId().map(id -> outcomeOf(id, outcomes)))).toList();
  }

  /** Reconciles one mention with its outcome (empty for mentions never sent to arXiv). */
  Reconciliation reconcile(Mention mention, Optional<Outcome> outcome) {
    Optional<Paper> paper = outcome.flatMap(Outcome::foundPaper);
    Optional<TitleCheck> title = paper.map(p -> mention.claimedTitle()
        .map(claim -> titles.compare(claim, p))
        .orElse(TitleCheck.unscored(Verdict.NO_CLAIM, "no title claimed")));
    Optional<DateCheck> date = paper.map(p -> mention.claimedDate()
        .map(claim -> dates.compare(claim, p)).orElse(DateComparer.noClaim()));
    List<String> notes = new ArrayList<>();
    outcome.ifPresent(o -> notes(o).ifPresent(notes::add));
    Optional<Suggestion> suggestion = Optional.empty();
    if (wantsLookup(mention, outcome, title) && mention.claimedTitle().isPresent()) {
      Suggester.Lookup lookup = suggester.suggest(mention.claimedTitle().get(), mention.arxivId());
      suggestion = lookup.suggestion();
      lookup.failure().ifPresent(notes::add);
    }
    return new Reconciliation(mention, outcome, title, date, suggestion, notes);
  }

  /**
   * A title is looked up when the link cannot be the paper it names: another paper (title
   * mismatch), no paper (a malformed or unknown ID), or not arXiv at all. An unresolved ID may
   * still be right, so it is not.
   */
  private static boolean wantsLookup(Mention m, Optional<Outcome> outcome,
      Optional<TitleCheck> title) {
    return m.kind() != Mention.Kind.ARXIV
        || outcome.filter(o -> o instanceof Outcome.NotFound || o instanceof Outcome.Invalid)
            .isPresent()
        || title.map(t -> t.verdict() == Verdict.MISMATCH).orElse(false);
  }

  private static Outcome outcomeOf(ArxivId id, Map<ArxivId, Outcome> outcomes) {
    Outcome o = outcomes.get(id);
    return o != null ? o : new Outcome.Unresolved(id, "not sent to the resolver");
  }

  private static Optional<String> notes(Outcome outcome) {
    if (outcome instanceof Outcome.Unresolved u) {
      return Optional.of("unresolved: " + u.reason());
    }
    if (outcome instanceof Outcome.Invalid i) {
      return Optional.of("arXiv rejected the ID: " + i.message());
    }
    if (outcome instanceof Outcome.NotFound) {
      return Optional.of("arXiv has no paper with this ID");
    }
    return Optional.empty();
  }
}
