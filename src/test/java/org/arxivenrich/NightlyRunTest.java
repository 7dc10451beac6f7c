package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arxivenrich.progress.RecordingDisplay;
import org.arxivenrich.progress.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job run twice, offline, over inputs that change between runs (src/test/resources/nightly):
 * a.md gains lines above its mentions, old.md is removed, new.md is added.
 */
class NightlyRunTest {
  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int runOver(String inputs, String... extra) throws IOException, URISyntaxException {
    Path input = dir.resolve("input");
    InputFolder.fill(input, "/nightly/" + inputs);
    List<String> args = new ArrayList<>(List.of("--input", input.toString(),
        "--output", dir.resolve("output").toString(),
        "--cache", dir.resolve("cache/arxiv.sqlite").toString(), "--offline", "--quiet"));
    args.addAll(List.of(extra));
    return Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
  }

  private JsonNode diffJson() throws IOException {
    return new ObjectMapper().readTree(dir.resolve("output/diff.json").toFile());
  }

  private static List<String> mentions(JsonNode list) {
    List<String> refs = new ArrayList<>();
    list.forEach(m -> refs.add(m.get("article").asText() + ":" + m.get("line").asInt() + ":"
        + m.get("arxiv_id").asText()));
    return refs;
  }

  @Test
  void firstRun_publishesADiffThatSaysSoAndKeepsASnapshot() throws Exception {
    assertEquals(Main.UNRESOLVED, runOver("run1"), err.toString());
    assertTrue(diffJson().get("first_run").asBoolean());
    assertTrue(Files.readString(dir.resolve("output/diff.md")).startsWith("# First run"));
    try (Stream<Path> kept = Files.list(dir.resolve("output/.history"))) {
      assertEquals(1, kept.count());
    }
  }

  @Test
  void secondRun_overChangedInputs_listsAppearedAndDisappearedMentions() throws Exception {
    runOver("run1");
    assertEquals(Main.UNRESOLVED, runOver("run2"), err.toString());
    JsonNode diff = diffJson();
    assertEquals(false, diff.get("first_run").asBoolean());
    assertEquals(List.of("new.md:3:2401.04088"), mentions(diff.get("mentions_appeared")));
    assertEquals(List.of("old.md:3:1810.04805", "old.md:4:2303.08774"),
        mentions(diff.get("mentions_disappeared")));
    assertEquals(0, diff.get("verdict_changes").size(), "a.md's shifted mentions pair up");
  }

  @Test
  void thirdRun_overUnchangedInputs_findsNothingNew() throws Exception {
    runOver("run1");
    runOver("run2");
    runOver("run2");
    JsonNode diff = diffJson();
    for (String list : List.of("mentions_appeared", "mentions_disappeared", "papers_appeared",
        "papers_disappeared", "source_changes", "verdict_changes", "corrected_dates")) {
      assertEquals(0, diff.get(list).size(), list);
    }
  }

  @Test
  void history_keepsOnlyAsManyRunsAsAsked() throws Exception {
    for (String inputs : List.of("run1", "run2", "run1")) {
      runOver(inputs, "--history", "2");
    }
    try (Stream<Path> kept = Files.list(dir.resolve("output/.history"))) {
      assertEquals(2, kept.count());
    }
  }

  @Test
  void run_reportsEachArticleAndEndsWithTheSummary() throws Exception {
    runOver("run2");
    RecordingDisplay recorder = new RecordingDisplay();
    RunSettings settings = new RunSettings(dir.resolve("input"), dir.resolve("output"),
        dir.resolve("cache/arxiv.sqlite"), URI.create(RunSettings.DEFAULT_API_URL), true, false,
        100, RunSettings.DEFAULT_CONTACT, Duration.ofSeconds(3), Duration.ofMinutes(30),
        Duration.ofDays(7), Duration.ofDays(1), 5);
    new Pipeline(settings, recorder, Clock.systemUTC()).run();
    assertEquals("articles 2/2, mentions 3, IDs 0/3 (0 batches, 0 requests, 0 cached)",
        recorder.shown.get(recorder.shown.size() - 1).line());
    Summary s = recorder.finished.get(0);
    assertEquals(List.of(2, 3, 3, 3), List.of(s.articles(), s.mentions(), s.papers(),
        s.unresolved()));
  }
}
