package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.arxivenrich.arxiv.SeedArxiv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Papers the articles in {@code input/} name by their title alone (issue #11), found against the
 * seed stand-in; and what a spent title search budget does.
 */
class TitleMentionsTest {
  /**
   * Read from the articles: 001 names "Attention is All You Need" without a link twice before its
   * list (lines 11 and 13); every other title in 001 sits in a block with its link, and every
   * title in 004 carries a citation to a linked reference. 002 names papers only by short names
   * (ROPE, DPO); 003 too (HippoRAG, CRAG, QLORA, ...), and its one full title, 《Adaptive Mixture
   * of Local Experts》 (1991), is not on arXiv. 000 links what it names.
   */
  private static final Map<String, String> NAMED_WITHOUT_LINK = Map.of(
      "001_1adfbc3c8aaba1eb.txt:11", "1706.03762",
      "001_1adfbc3c8aaba1eb.txt:13", "1706.03762");

  private final SeedArxiv arxiv = SeedArxiv.start();
  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    arxiv.close();
  }

  private static Map<String, String> named(TitleMentionRun run) {
    Map<String, String> found = new TreeMap<>();
    run.titleRows().forEach(r -> found.put(r.get("article") + ":" + r.get("line"),
        r.get("arxiv_id")));
    return found;
  }

  @Test
  void run_overInput_findsThePapersNamedWithoutALink() throws Exception {
    TitleMentionRun run = TitleMentionRun.over(arxiv, Path.of("input"), dir);
    assertEquals(Main.DONE, run.exit, run.err);
    assertEquals(NAMED_WITHOUT_LINK, named(run));
    run.titleRows().forEach(r -> {
      assertEquals("resolved", r.get("status"), r.toString());
      assertEquals("", r.get("url"), r.toString());
      assertEquals("match", r.get("title_verdict"), r.toString());
      assertEquals("Attention Is All You Need", r.get("title"), r.toString());
      assertEquals("title=book", r.get("claim_source"), r.toString());
    });
    assertTrue(run.runJson.contains("\"title_mentions\" : 0"), run.runJson);
  }

  @Test
  void run_budgetSpent_skipsTheRestCountsThemAndExitsThree() throws Exception {
    TitleMentionRun run = TitleMentionRun.over(arxiv, Path.of("input"), dir,
        "--title-search-budget", "1");
    // The budget buys the first distinct title (001's "Attention is All You Need", named twice);
    // 003's 《Adaptive Mixture of Local Experts》 is left for the next run.
    assertEquals(Main.UNRESOLVED, run.exit, run.err);
    assertEquals(NAMED_WITHOUT_LINK, named(run));
    assertTrue(run.runJson.contains("\"title_mentions\" : 1"), run.runJson);

    TitleMentionRun next = TitleMentionRun.over(arxiv, Path.of("input"), dir,
        "--title-search-budget", "1");
    assertEquals(Main.DONE, next.exit, "the search made last night is cached: " + next.err);
    assertTrue(next.runJson.contains("\"title_mentions\" : 0"), next.runJson);
  }

  @Test
  void run_offline_looksNoTitleUpAndCountsThemSkipped() throws Exception {
    TitleMentionRun run = TitleMentionRun.over(arxiv, Path.of("input"), dir, "--offline");
    assertEquals(Main.UNRESOLVED, run.exit, run.err);
    assertEquals(Map.of(), named(run));
    assertTrue(run.runJson.contains("\"title_mentions\" : 3"), run.runJson);
    assertEquals(0, arxiv.requests().size());
  }
}
