package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arxivenrich.arxiv.SeedArxiv;
import org.arxivenrich.progress.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #5's "done when": the job run on two nights against the {@link SeedArxiv} stand-in, through
 * the real resolver, cache, reconciler, publisher and differ. Between the nights
 * (src/test/resources/nightly/seed) reading-list.md fixes GPT-4's date and keeps QLoRA's wrong
 * one, bert-notes.md is removed, mixtral.md (a wrong date) is added, and at the stand-in
 * "Attention Is All You Need" gains v8.
 */
class NightlySeedRunTest {
  private static final String ATTENTION = "1706.03762";
  private static final Instant FIRST_NIGHT = Instant.parse("2026-11-20T02:00:00Z");

  private final SeedArxiv arxiv = SeedArxiv.start();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    arxiv.close();
  }

  /** Runs night {@code n} over {@code nightN/}, its history dated {@code n - 1} days on. */
  private Pipeline.Result night(int n, boolean refresh) throws Exception {
    InputFolder.fill(dir.resolve("input"), "/nightly/seed/night" + n);
    RunSettings settings = new RunSettings(dir.resolve("input"), dir.resolve("output"),
        cache(), arxiv.apiUrl(), false, refresh, 100, RunSettings.DEFAULT_CONTACT,
        Duration.ZERO, Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofDays(1), 5);
    Clock clock = Clock.fixed(FIRST_NIGHT.plus(Duration.ofDays(n - 1)), ZoneOffset.UTC);
    return new Pipeline(settings, Display.NONE, clock).run();
  }

  private Path cache() {
    return dir.resolve("cache/arxiv.sqlite");
  }

  /** What a week's wait does to a cached answer: it was fetched eight days ago. */
  private void ageCachedAnswer(String id) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + cache());
        PreparedStatement age = db.prepareStatement(
            "UPDATE answers SET fetched_at = ? WHERE id = ?")) {
      age.setString(1, Instant.now().minus(Duration.ofDays(8)).toString());
      age.setString(2, id);
      assertEquals(1, age.executeUpdate(), "the cache keeps one row per ID in 'answers'");
    }
  }

  /** The IDs each {@code id_list} request since request {@code from} asked for. */
  private List<Set<String>> idListsSince(int from) {
    return arxiv.requests().subList(from, arxiv.requests().size()).stream()
        .filter(r -> r.queryParameter("id_list").isPresent())
        .map(r -> Set.of(r.queryParameter("id_list").firstValue().split(","))).toList();
  }

  private JsonNode published(String file) throws IOException {
    return new ObjectMapper().readTree(dir.resolve("output").resolve(file).toFile());
  }

  private static List<String> rows(JsonNode list, String... fields) {
    List<String> rows = new ArrayList<>();
    list.forEach(row -> {
      List<String> cells = new ArrayList<>();
      for (String f : fields) {
        cells.add(row.get(f).asText());
      }
      rows.add(String.join(" ", cells));
    });
    return rows;
  }

  private static List<String> dates(JsonNode list) {
    return rows(list, "mark", "article", "line", "arxiv_id", "claimed_date", "published");
  }

  @Test
  void secondNight_afterThePapersCacheEntryExpires_reportsEveryChangeWithDatesInFront()
      throws Exception {
    assertEquals(0, night(1, false).unresolvedMentions());
    arxiv.setVersion(ATTENTION, 8, "2026-11-20");
    ageCachedAnswer(ATTENTION);
    int before = arxiv.requests().size();

    assertEquals(0, night(2, false).unresolvedMentions());

    assertEquals(List.of(Set.of(ATTENTION, "2401.04088")), idListsSince(before),
        "only the expired paper and the new one are asked for");
    JsonNode diff = published("diff.json");
    assertEquals("20261120T020000Z", diff.get("previous").asText());
    assertEquals(List.of("new mixtral.md 3 2401.04088 2023-12 2024-01-08",
        "known reading-list.md 4 2305.14314 2022 2023-05-23"), dates(diff.get("corrected_dates")));
    assertEquals(List.of("fixed reading-list.md 3 2303.08774 2023-05 2023-03-15"),
        dates(diff.get("fixed_dates")));
    assertEquals(List.of("2303.08774 date_verdict mismatch match 2023-05 2023-03"),
        rows(diff.get("verdict_changes"), "arxiv_id", "field", "before", "after",
            "claim_before", "claim_after"));
    assertEquals(List.of(ATTENTION + " new_version v7 v8"),
        rows(diff.get("source_changes"), "arxiv_id", "change", "before", "after"));
    assertEquals(List.of("mixtral.md 3 2401.04088"),
        rows(diff.get("mentions_appeared"), "article", "line", "arxiv_id"));
    assertEquals(List.of("bert-notes.md 3 1810.04805"),
        rows(diff.get("mentions_disappeared"), "article", "line", "arxiv_id"));
    assertEquals(List.of("2401.04088 Mixtral of Experts"),
        rows(diff.get("papers_appeared"), "arxiv_id", "title"));
    assertEquals(List.of("1810.04805"), rows(diff.get("papers_disappeared"), "arxiv_id"));
  }

  @Test
  void secondNight_diffMarkdown_putsTheCorrectedDatesFirst() throws Exception {
    night(1, false);
    arxiv.setVersion(ATTENTION, 8, "2026-11-20");
    night(2, true);
    String md = Files.readString(dir.resolve("output/diff.md"));
    assertTrue(md.startsWith("# Changes since 20261120T020000Z\n\n## Corrected dates: 2 (1 new)"),
        md);
    assertTrue(md.contains("| new | mixtral.md | 3 | 2401.04088 | 2023-12 | 2024-01-08 |"), md);
    // The claimed cell may add the text as written, e.g. 2022 ("(2022)"), per extractor.
    assertTrue(md.contains("| known | reading-list.md | 4 | 2305.14314 | 2022"), md);
    assertTrue(md.contains("### Fixed since the previous run"), md);
    assertTrue(md.contains("| " + ATTENTION + " | new_version | v7 | v8 |"), md);
  }

  @Test
  void secondNight_withinTheFoundTtl_asksOnlyForTheNewPaperAndSeesNoNewVersion()
      throws Exception {
    night(1, false);
    arxiv.setVersion(ATTENTION, 8, "2026-11-20");
    int before = arxiv.requests().size();

    night(2, false);

    assertEquals(List.of(Set.of("2401.04088")), idListsSince(before));
    assertEquals(0, published("diff.json").get("source_changes").size(),
        "a cached paper is not asked again for a week (--found-ttl), so v8 is not seen yet");
    assertEquals(List.of(ATTENTION + " 7"), rows(published("papers.json"), "arxiv_id",
        "latest_version").stream().filter(r -> r.startsWith(ATTENTION)).toList());
  }

  /**
   * The warm run's cost in {@code id_list} requests. Title searches are left out on purpose: they
   * are not cached yet (another change makes them so), and these articles claim no titles.
   */
  @Test
  void secondNight_overUnchangedInputs_asksNoIdListAndReportsOnlyKnownDates() throws Exception {
    Pipeline.Result cold = night(1, false);
    assertEquals(List.of(Set.of(ATTENTION, "1810.04805", "2303.08774", "2305.14314")),
        idListsSince(0));
    int before = arxiv.requests().size();

    Pipeline.Result warm = night(1, false);

    assertEquals(List.of(), idListsSince(before));
    assertEquals(List.of(1L, 0L), List.of(cold.resolve().requests(), warm.resolve().requests()));
    JsonNode diff = published("diff.json");
    assertEquals(List.of("known reading-list.md 3 2303.08774 2023-05 2023-03-15",
        "known reading-list.md 4 2305.14314 2022 2023-05-23"), dates(diff.get("corrected_dates")));
    for (String list : List.of("fixed_dates", "mentions_appeared", "mentions_disappeared",
        "papers_appeared", "papers_disappeared", "source_changes", "verdict_changes")) {
      assertEquals(0, diff.get(list).size(), list);
    }
  }
}
