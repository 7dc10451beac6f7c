package org.arxivenrich.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.resolve.Outcome;

/**
 * One mention with what resolving it came to and what its claims were found to be.
 *
 * @param outcome the resolver's outcome; empty for mentions never sent to arXiv
 * @param title the title check; empty when there was no canonical record to compare with
 * @param date the date check; empty when there was no canonical record to compare with
 * @param suggestion the paper the claimed title names, when a title search was confident
 * @param notes what else a reader should know (a failed search, an unresolved ID)
 */
public record Reconciliation(
    Mention mention,
    Optional<Outcome> outcome,
    Optional<TitleCheck> title,
    Optional<DateCheck> date,
    Optional<Suggestion> suggestion,
    List<String> notes) {

  public Reconciliation {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(suggestion, "suggestion");
    notes = List.copyOf(notes);
  }

  /** The canonical paper, when the mention resolved to one. */
  public Optional<Paper> paper() {
    return outcome.flatMap(Outcome::foundPaper);
  }

  /** True when the title or the date contradicts arXiv's record. */
  public boolean hasMismatch() {
    return title.map(t -> t.verdict() == Verdict.MISMATCH).orElse(false)
        || date.map(d -> d.verdict() == Verdict.MISMATCH).orElse(false);
  }

  /** Every reason in one line: title, date, suggestion, notes. */
  public String reason() {
    List<String> parts = new ArrayList<>();
    title.ifPresent(t -> parts.add("title: " + t.reason()));
    date.ifPresent(d -> parts.add("date: " + d.reason()));
    suggestion.ifPresent(s -> parts.add("suggested " + s.id() + " (" + s.title() + ")"));
    parts.addAll(notes);
    return String.join("; ", parts);
  }
}
