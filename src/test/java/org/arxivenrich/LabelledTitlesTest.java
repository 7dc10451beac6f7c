package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.arxivenrich.arxiv.SeedArxiv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of titles named without a link (issue #11) on our own labelled articles
 * in {@code src/test/resources/titles/labelled/}: a reading list, a paper tracker table, an essay
 * with a reference list, a forum thread, a Chinese post and an HTML blog post. Each
 * {@code NAME.expected} lists, by line, the arXiv ID of every paper the article names by its
 * title alone, written by reading the article before the job ever ran on it. Labels are what a
 * careful reader takes, so some cannot be found by design (a short title such as "Segment
 * Anything", a paper the stand-in does not serve): recall is measured, precision must be 1.
 */
class LabelledTitlesTest {
  /** Found on the day the fixtures were labelled; a change that finds fewer must say why. */
  private static final double MIN_RECALL = 0.80;

  private static SeedArxiv arxiv;
  private static TitleMentionRun run;

  @BeforeAll
  static void runOnce(@TempDir Path dir) throws Exception {
    arxiv = SeedArxiv.start();
    run = TitleMentionRun.over(arxiv, labelled(), dir);
  }

  @AfterAll
  static void stop() {
    arxiv.close();
  }

  private static Path labelled() throws Exception {
    return Path.of(LabelledTitlesTest.class.getResource("/titles/labelled").toURI());
  }

  /** {@code article:line id} for every labelled title. */
  private static Set<String> expected() throws Exception {
    Set<String> labels = new TreeSet<>();
    try (var files = Files.list(labelled())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
        String article = article(f);
        Files.readAllLines(f).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.split("\t")).forEach(c -> labels.add(article + ":" + c[0] + " " + c[1]));
      }
    }
    return labels;
  }

  private static String article(Path expected) throws Exception {
    String stem = expected.getFileName().toString().replace(".expected", ".");
    try (var files = Files.list(expected.getParent())) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(stem) && !n.endsWith(".expected")).findFirst().orElseThrow();
    }
  }

  private static Set<String> found() {
    Set<String> found = new TreeSet<>();
    run.titleRows().forEach(r -> found.add(r.get("article") + ":" + r.get("line") + " "
        + r.get("arxiv_id")));
    return found;
  }

  @Test
  void titles_onLabelledArticles_precisionOneAndRecallReported() throws Exception {
    assertEquals(Main.DONE, run.exit, run.err);
    Set<String> expected = expected();
    Set<String> found = found();
    Set<String> right = new HashSet<>(found);
    right.retainAll(expected);
    List<String> wrong = new ArrayList<>(found);
    wrong.removeAll(expected);
    List<String> missed = new ArrayList<>(expected);
    missed.removeAll(found);
    double precision = found.isEmpty() ? 1 : (double) right.size() / found.size();
    double recall = (double) right.size() / expected.size();
    System.out.printf("title mentions on labelled articles: precision %.3f (%d/%d), "
        + "recall %.3f (%d/%d); missed %s%n", precision, right.size(), found.size(), recall,
        right.size(), expected.size(), missed);
    assertEquals(List.of(), wrong, "no title mention a reader would not make");
    assertTrue(recall >= MIN_RECALL, "recall " + recall + "; missed " + missed);
  }

  @Test
  void titles_onLabelledArticles_resolvedWithTheirClaimedDates() {
    run.titleRows().forEach(r -> {
      assertEquals("resolved", r.get("status"), r.toString());
      assertEquals("", r.get("url"), r.toString());
      assertEquals("match", r.get("title_verdict"), r.toString());
    });
    // zh-post.txt line 13: "最后是 SimPO:《SimPO: ...》,2024年5月。" claims May 2024 (right).
    assertTrue(run.titleRows().anyMatch(r -> r.get("article").equals("zh-post.txt")
        && r.get("line").equals("13") && r.get("claimed_date").equals("2024-05")
        && r.get("date_verdict").equals("match")), run.rows.toString());
  }
}
