package org.arxivenrich.dataset;

import org.arxivenrich.resolve.ResolveStats;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arxivenrich.reconcile.Reconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
  private static final Clock NIGHT_ONE = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"),
      ZoneOffset.UTC);
  private static final Clock NIGHT_TWO = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"),
      ZoneOffset.UTC);
  private static final List<String> FILES = List.of("mentions.csv", "mentions.json",
      "papers.csv", "papers.json", "corrections.md", "run.json", "datapackage.json",
      "mentions.schema.json", "papers.schema.json", "run.schema.json");

  @TempDir
  Path dir;

  private final List<Reconciliation> rows = FixtureRun.reconciled();

  private void publish(Path out, Clock clock) throws Exception {
    new DatasetWriter(clock, "1.2.3").publish(out, rows, new ResolveStats(4, 3, 4, 0, 0, 0));
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)
          .getRecords();
    }
  }

  private static Map<String, byte[]> snapshot(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(out)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  @Test
  void publish_fixtureRun_writesEveryFileWithEveryStatusSortedByArticleAndPosition()
      throws Exception {
    publish(dir, NIGHT_ONE);
    assertEquals(new java.util.TreeSet<>(FILES), snapshot(dir).keySet());
    List<CSVRecord> mentions = csv(dir.resolve("mentions.csv"));
    assertEquals(rows.size(), mentions.size());
    assertEquals(List.of("resolved", "not_found", "invalid_id", "unresolved", "not_arxiv"),
        List.of("resolved", "not_found", "invalid_id", "unresolved", "not_arxiv").stream()
            .filter(s -> mentions.stream().anyMatch(m -> m.get("status").equals(s))).toList());
    assertEquals("a/blog.md", mentions.get(0).get("article"));
    assertEquals("3", mentions.get(0).get("line"));
    assertEquals("mismatch", mentions.get(0).get("title_verdict"));
    assertEquals("-116", mentions.get(0).get("date_delta_days"), "numbers are never quoted");
    assertEquals("2018-10-05", mentions.get(0).get("published"));
  }

  @Test
  void publish_papers_oneRowPerIdWithMentionsCountedAndFetchTimeFromTheCache()
      throws Exception {
    publish(dir, NIGHT_ONE);
    JsonNode papers = TableWriter.JSON.readTree(dir.resolve("papers.json").toFile());
    JsonNode attention = null;
    for (JsonNode p : papers) {
      if (p.path("arxiv_id").asText().equals("1706.03762")) {
        attention = p;
      }
    }
    assertEquals(2, attention.path("mention_count").asInt());
    assertEquals("[\"a/blog.md\",\"b/list.txt\"]", attention.path("articles").toString());
    assertEquals(FixtureRun.FETCHED_AT.toString(), attention.path("fetched_at").asText());
    List<CSVRecord> csv = csv(dir.resolve("papers.csv"));
    assertEquals("a/blog.md; b/list.txt", csv.stream()
        .filter(r -> r.get("arxiv_id").equals("1706.03762")).findFirst().orElseThrow()
        .get("articles"));
  }

  @Test
  void publish_twoRunsOverTheSameData_differOnlyInRunJson() throws Exception {
    Path first = dir.resolve("one");
    Path second = dir.resolve("two");
    publish(first, NIGHT_ONE);
    publish(second, NIGHT_TWO);
    Map<String, byte[]> a = snapshot(first);
    Map<String, byte[]> b = snapshot(second);
    for (String name : FILES) {
      if (!name.equals("run.json")) {
        assertArrayEquals(a.get(name), b.get(name), name);
      }
    }
    JsonNode run = TableWriter.JSON.readTree(b.get("run.json"));
    assertEquals("2026-11-22T02:00:00Z", run.path("generated_at").asText());
    assertEquals(4, run.path("requests").asInt());
    assertEquals(7, run.path("cache_hits").asInt());
  }

  @Test
  void publish_runJson_countsStatusesAndVerdicts() throws Exception {
    publish(dir, NIGHT_ONE);
    JsonNode run = TableWriter.JSON.readTree(dir.resolve("run.json").toFile());
    assertEquals(rows.size(), run.path("mentions").asInt());
    assertEquals(2, run.path("status").path("not_arxiv").asInt());
    assertEquals(1, run.path("status").path("not_found").asInt());
    assertEquals(2, run.path("status").path("invalid_id").asInt());
    assertEquals(3, run.path("title_verdict").path("mismatch").asInt());
    assertEquals(3, run.path("suggestions").asInt());
  }

  @Test
  void publish_formulaInAClaim_isInertInCsvAndUnchangedInJson() throws Exception {
    publish(dir, NIGHT_ONE);
    String csv = Files.readString(dir.resolve("mentions.csv"));
    assertTrue(csv.contains("'=cmd|' /C calc'!A0 and more words"), csv);
    JsonNode json = TableWriter.JSON.readTree(dir.resolve("mentions.json").toFile());
    boolean raw = false;
    for (JsonNode row : json) {
      raw |= row.path("claimed_title").asText().equals("=cmd|' /C calc'!A0 and more words");
    }
    assertTrue(raw);
  }

  @Test
  void publish_corrections_listEveryMismatchWithClaimCanonicalAndSuggestion() throws Exception {
    publish(dir, NIGHT_ONE);
    String md = Files.readString(dir.resolve("corrections.md"));
    assertTrue(md.contains("## a/blog.md"), md);
    assertTrue(md.contains("title claimed \"Improving language understanding by generative "
        + "pre-training\", arXiv has \"Model Cards for Model Reporting\""), md);
    assertTrue(md.contains("date claimed \"2018-06-11\", v1 is 2018-10-05 (-116 days; month "
        + "differs)"), md);
    assertTrue(md.contains("suggested: arXiv 2402.14740"), md);
    assertTrue(md.contains("https://example.com/react.pdf: not an arXiv link, claimed title "
        + "\"ReAct: Synergizing Reasoning and Acting in Language Models\"; suggested: arXiv "
        + "2210.03629"), md);
    assertTrue(md.contains("arXiv 2312.99999: arXiv has no paper with this ID, claimed title "
        + "\"Proximal Policy Optimization Algorithms\"; suggested: arXiv 1707.06347"), md);
    assertTrue(md.contains("line 4, https://arxiv.org/abs/0808.05394: not a valid arXiv ID; "
        + "no confident suggestion"), md);
    assertTrue(md.contains("latest version's date"), md);
    assertTrue(!md.contains("Attention is all you need"), "a correct claim is not a correction");
  }

  @Test
  void publish_failingValidation_leavesThePreviousDatasetUntouched() throws Exception {
    publish(dir, NIGHT_ONE);
    Map<String, byte[]> before = snapshot(dir);
    DatasetWriter failing = new DatasetWriter(NIGHT_TWO, "1.2.4", (name, file) -> {
      if (name.equals("papers.json")) {
        throw new DatasetException("papers.json breaks papers.schema.json: injected");
      }
    });
    DatasetException e = assertThrows(DatasetException.class,
        () -> failing.publish(dir, rows.subList(0, 3), ResolveStats.NONE));
    assertTrue(e.getMessage().contains("injected"));
    Map<String, byte[]> after = snapshot(dir);
    assertEquals(before.keySet(), after.keySet(), "no staging folder is left behind");
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  @Test
  void publish_moveFailingHalfway_putsBackTheFilesAlreadyMoved() throws Exception {
    Files.writeString(dir.resolve("mentions.csv"), "old mentions\n");
    Files.createDirectories(dir.resolve("papers.json").resolve("blocker"));
    assertThrows(IOException.class, () -> publish(dir, NIGHT_ONE));
    assertEquals("old mentions\n", Files.readString(dir.resolve("mentions.csv")));
    assertTrue(Files.notExists(dir.resolve("mentions.json")), "a new file is taken back too");
    assertTrue(Files.notExists(dir.resolve("papers.csv")));
  }
}
