package org.arxivenrich.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores extraction on the layout-family fixtures of issue #8 (contract: FIXTURES-8.md) that the
 * reading is tuned against, {@code layouts/} with labels in {@code layouts-expected/} (see
 * {@link LayoutFamilies}). Prints a per-family table and writes it to
 * {@code target/layout-scores.md}; every family is held to the thresholds.
 * {@link LayoutHeldOutTest} reports the same figures on articles nobody tunes against.
 */
class LayoutFamiliesTest {
  static final double ID_THRESHOLD = 0.98;
  static final double CLAIM_THRESHOLD = 0.95;
  static final int MIN_ARTICLES = 3;
  private static final Path REPORT = Path.of("target", "layout-scores.md");
  private static final String HEADING = "Layout-family scores (issue #8)";
  private final LayoutFamilies layouts = new LayoutFamilies("/layouts", "/layouts-expected");

  @Test
  void everyFamily_isLabelledScoredAndReported() throws IOException {
    StringBuilder details = new StringBuilder();
    Map<String, LayoutTally> families = layouts.score(details);
    assertTrue(families.size() >= 7, "families found: " + families.keySet());
    families.forEach((family, t) -> assertTrue(t.articles() >= MIN_ARTICLES,
        family + " has " + t.articles() + " articles, fewer than " + MIN_ARTICLES));
    String table = LayoutFamilies.table(HEADING, families);
    System.out.println(table);
    LayoutFamilies.write(REPORT, table, details);
    assertEquals(layouts.labelFiles(), layouts.labelledArticles(),
        "label files without an article");
  }

  /** Every layout family is held to the thresholds (issue #8). */
  @Test
  void everyFamily_meetsTheThresholds() throws IOException {
    List<String> below = new ArrayList<>();
    layouts.score(new StringBuilder()).forEach((family, t) -> below.addAll(failures(family, t)));
    assertTrue(below.isEmpty(), "below the thresholds:\n" + String.join("\n", below));
  }

  /** What falls short of the thresholds, one line each; empty when the family passes. */
  static List<String> failures(String family, LayoutTally t) {
    List<String> below = new ArrayList<>();
    check(below, family, "ID precision", t.idPrecision(), ID_THRESHOLD);
    check(below, family, "ID recall", t.idRecall(), ID_THRESHOLD);
    check(below, family, "title precision", t.titlePrecision(), CLAIM_THRESHOLD);
    check(below, family, "title recall", t.titleRecall(), CLAIM_THRESHOLD);
    check(below, family, "date precision", t.datePrecision(), CLAIM_THRESHOLD);
    check(below, family, "date recall", t.dateRecall(), CLAIM_THRESHOLD);
    return below;
  }

  private static void check(List<String> below, String family, String what, double v, double min) {
    if (v < min) {
      below.add(String.format("%s: %s %.3f < %.2f", family, what, v, min));
    }
  }
}
