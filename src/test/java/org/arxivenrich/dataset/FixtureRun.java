package org.arxivenrich.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Form;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.reconcile.Reconciler;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.reconcile.SeedPapers;
import org.arxivenrich.resolve.Outcome;

/** The mentions of dataset/fixture-mentions.tsv, resolved against the seed papers, reconciled. */
final class FixtureRun {
  static final Instant FETCHED_AT = Instant.parse("2026-11-20T03:00:00Z");

  private FixtureRun() {}

  static List<Reconciliation> reconciled() {
    List<Mention> mentions = new ArrayList<>();
    Map<ArxivId, Outcome> outcomes = new HashMap<>();
    for (String[] c : SeedPapers.lines("/dataset/fixture-mentions.tsv")) {
      Mention m = mention(c);
      mentions.add(m);
      m.arxivId().ifPresent(id -> outcomes.put(id, outcome(id, c[9])));
    }
    return new Reconciler(SeedPapers.search()).reconcile(mentions, outcomes);
  }

  private static Mention mention(String[] c) {
    Mention.Kind kind = Mention.Kind.valueOf(c[3]);
    Optional<ArxivId> id = kind == Mention.Kind.ARXIV ? ArxivId.tryParse(c[4]) : Optional.empty();
    return new Mention(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), kind, id, c[4],
        Optional.empty(), Form.valueOf(c[5].toUpperCase(java.util.Locale.ROOT)), c[6],
        Optional.of(c[6]), optional(c[7]), optional(c[8]).map(SeedPapers::claimedDate));
  }

  private static Outcome outcome(ArxivId id, String kind) {
    return switch (kind) {
      case "found" -> new Outcome.Found(SeedPapers.get(id.value()), FETCHED_AT);
      case "not_found" -> new Outcome.NotFound(id);
      case "invalid" -> new Outcome.Invalid(id, "incorrect id format for " + id);
      default -> new Outcome.Unresolved(id, "API unavailable");
    };
  }

  private static Optional<String> optional(String cell) {
    return cell.isEmpty() ? Optional.empty() : Optional.of(cell);
  }
}
