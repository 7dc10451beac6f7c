package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.arxivenrich.arxiv.SeedArxiv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phrases that are not papers named without a link (issue #11) never become title mentions:
 * section headings (two dozen of them the very titles of seed papers), product and model names
 * (some the whole title of a seed paper: "Segment Anything", "Consistency Models"), books and
 * blog posts in 《》, Chinese phrases in quotes. The phrases are in
 * {@code titles/not-titles/phrases.tsv}; each is written into an article in the ways such a
 * phrase is marked (《》, quotes, bold, italics, a list item with a year, a table cell), and the
 * job runs over them against the seed stand-in with an unlimited search budget.
 */
class NotTitlesTest {
  /** How each kind of phrase is written; {@code %s} is the phrase. */
  private static final Map<String, List<String>> TEMPLATES = Map.of(
      "heading", List.of("## 《%s》精读\n这一节讲细节。\n", "### “%s”\n\nSome notes.\n",
          "**%s**\n\n这篇的要点如下。\n", "1. **%s**\n\nWhat it says.\n", "*%s*\n=====\n"),
      "product", List.of("我们用 “%s” 做了实验。\n", "We tried **%s** on the benchmark.\n",
          "## Models we compared\n\n- %s (2024)\n- %s, released 2024\n",
          "| 模型名称 | 发布时间 |\n|---|---|\n| %s | 2024 |\n", "*%s* is available today.\n"),
      "book", List.of("推荐阅读《%s》这本书。\n", "I recommend the book “%s” to beginners.\n",
          "《%s》一书的第三章讲得最好。\n", "Read the book *%s* first.\n"),
      "article", List.of("OpenAI 的博客《%s》值得一读。\n", "Lilian Weng 的博文《%s》。\n",
          "The blog post “%s” explains it well.\n", "See the essay *%s* on their blog.\n"),
      "zh_quote", List.of("我们把它叫做“%s”。\n", "所谓「%s」就是这样。\n", "**%s**很重要。\n",
          "大家都在说\"%s\"。\n"));

  private final SeedArxiv arxiv = SeedArxiv.start();
  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    arxiv.close();
  }

  private static Map<String, List<String>> phrases() throws Exception {
    Path tsv = Path.of(NotTitlesTest.class.getResource("/titles/not-titles/phrases.tsv").toURI());
    return Files.readAllLines(tsv).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", 2))
        .collect(Collectors.groupingBy(c -> c[0], TreeMap::new,
            Collectors.mapping(c -> c[1], Collectors.toList())));
  }

  /** One article per kind and template, every phrase of the kind in it, a paragraph apart. */
  private Path articles(Map<String, List<String>> phrases) throws Exception {
    Path input = Files.createDirectories(dir.resolve("input"));
    for (Map.Entry<String, List<String>> kind : phrases.entrySet()) {
      List<String> templates = TEMPLATES.get(kind.getKey());
      for (int t = 0; t < templates.size(); t++) {
        StringBuilder article = new StringBuilder("Notes\n\n");
        for (String phrase : kind.getValue()) {
          article.append(templates.get(t).replace("%s", phrase)).append("\n正文继续。\n\n");
        }
        Files.writeString(input.resolve(kind.getKey() + "-" + t + ".md"), article);
      }
    }
    return input;
  }

  @Test
  void run_overPhrasesThatAreNotPaperTitles_makesNoTitleMention() throws Exception {
    Map<String, List<String>> phrases = phrases();
    assertTrue(phrases.values().stream().mapToInt(List::size).sum() >= 300, phrases.toString());
    assertEquals(TEMPLATES.keySet(), phrases.keySet());
    TitleMentionRun run = TitleMentionRun.over(arxiv, articles(phrases), dir,
        "--title-search-budget", "100000");
    assertEquals(Main.DONE, run.exit, run.err);
    assertEquals(List.of(), run.titleRows().map(r -> r.get("article") + ":" + r.get("line")
        + " " + r.get("matched_text") + " -> " + r.get("arxiv_id")).toList());
    assertTrue(run.runJson.contains("\"title_mentions\" : 0"), run.runJson);
    long searches = arxiv.requests().stream()
        .filter(r -> r.queryParameter("search_query").isPresent()).count();
    assertTrue(searches >= 50, "the phrases reached the matching rule: " + searches);
  }
}
