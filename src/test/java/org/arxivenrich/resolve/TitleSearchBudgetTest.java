package org.arxivenrich.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The title search budget (issue #11): searches asked of arXiv are counted, cached ones free. */
class TitleSearchBudgetTest {
  private static final String ATTENTION = "Attention Is All You Need";
  private static final String VERIFY = "Let's Verify Step by Step";

  private Harness h;

  @BeforeEach
  void start(@TempDir Path dir) {
    h = new Harness(dir);
  }

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void search_pastTheBudget_throwsWithoutAsking() {
    try (Resolver r = h.resolver()) {
      TitleSearchBudget budget = new TitleSearchBudget(r, 1, 5);
      assertEquals("1706.03762", budget.search(ATTENTION).get(0).id().value());
      assertThrows(TitleSearchSkippedException.class, () -> budget.search(VERIFY));
    }
    assertEquals(1, h.searches());
  }

  @Test
  void search_answeredBefore_costsNothing() {
    try (Resolver r = h.resolver()) {
      new TitleSearchBudget(r, 1, 5).search(ATTENTION);
    }
    try (Resolver r = h.resolver()) {
      TitleSearchBudget none = new TitleSearchBudget(r, 0, 5);
      assertEquals("1706.03762", none.search(ATTENTION).get(0).id().value());
      assertEquals("1706.03762", none.search(ATTENTION.toLowerCase()).get(0).id().value());
      assertThrows(TitleSearchSkippedException.class, () -> none.search(VERIFY));
      assertEquals(0, r.stats().requests());
    }
    assertEquals(1, h.searches());
  }
}
