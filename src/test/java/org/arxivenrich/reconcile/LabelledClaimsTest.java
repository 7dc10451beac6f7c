package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.Test;

/**
 * Measures the reconciler on labelled claims (src/test/resources/reconcile/labelled-claims.tsv):
 * the real claims of the sample articles and synthetic near-misses. A flagged claim is a
 * {@code mismatch}; precision is the share of flags that are right, recall the share of wrong
 * claims flagged. No claim a reader would not call a match may be called one. Run
 * {@code mvn -q -o test -Dtest=LabelledClaimsTest} to print the figures.
 */
class LabelledClaimsTest {
  private static final double MIN_PRECISION = 0.95;
  private static final double MIN_RECALL = 0.90;

  private final TitleComparer titles = new TitleComparer();
  private final DateComparer dates = new DateComparer();

  @Test
  void labelledClaims_mismatchesFlaggedWithHighPrecisionAndRecall() {
    Score titleScore = new Score();
    Score dateScore = new Score();
    List<String> wrong = new ArrayList<>();
    List<String> falseMatches = new ArrayList<>();
    for (String[] row : SeedPapers.lines("/reconcile/labelled-claims.tsv")) {
      Paper paper = SeedPapers.get(row[1]);
      boolean isTitle = row[0].equals("title");
      Verdict got = isTitle ? titles.compare(row[2], paper).verdict()
          : dates.compare(SeedPapers.claimedDate(row[2]), paper).verdict();
      Verdict expected = Verdict.valueOf(row[3].toUpperCase(Locale.ROOT));
      (isTitle ? titleScore : dateScore).add(expected, got);
      if (got != expected) {
        wrong.add(String.join(" | ", row) + " -> " + got.label());
      }
      if (got == Verdict.MATCH && expected != Verdict.MATCH) {
        falseMatches.add(String.join(" | ", row));
      }
    }
    System.out.println("title: " + titleScore + "\ndate:  " + dateScore);
    wrong.forEach(w -> System.out.println("  differs: " + w));
    for (Score s : List.of(titleScore, dateScore)) {
      assertTrue(s.precision() >= MIN_PRECISION, "precision " + s + "\n" + wrong);
      assertTrue(s.recall() >= MIN_RECALL, "recall " + s + "\n" + wrong);
    }
    // A wrong claim called a match is never flagged to anyone: no share of those is tolerated.
    assertEquals(List.of(), falseMatches);
    assertTrue(titleScore.total > 80 && dateScore.total > 50, "fixture shrank");
  }

  /** Counts for "mismatch" as the positive class, and exact agreement of all verdicts. */
  private static final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int exact;
    int total;

    void add(Verdict expected, Verdict got) {
      total++;
      exact += expected == got ? 1 : 0;
      boolean flagged = got == Verdict.MISMATCH;
      boolean wrongClaim = expected == Verdict.MISMATCH;
      truePositives += flagged && wrongClaim ? 1 : 0;
      falsePositives += flagged && !wrongClaim ? 1 : 0;
      falseNegatives += !flagged && wrongClaim ? 1 : 0;
    }

    double precision() {
      int flagged = truePositives + falsePositives;
      return flagged == 0 ? 0 : (double) truePositives / flagged;
    }

    double recall() {
      int wrongClaims = truePositives + falseNegatives;
      return wrongClaims == 0 ? 0 : (double) truePositives / wrongClaims;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d claims, %d wrong; precision %.3f (%d/%d), recall %.3f"
          + " (%d/%d), exact verdicts %d/%d", total, truePositives + falseNegatives, precision(),
          truePositives, truePositives + falsePositives, recall(), truePositives,
          truePositives + falseNegatives, exact, total);
    }
  }
}
