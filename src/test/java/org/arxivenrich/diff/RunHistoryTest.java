package org.arxivenrich.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
  @TempDir Path output;
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);

  private void publish(String article) throws IOException {
    Files.writeString(output.resolve("mentions.json"), "[{\"article\":\"" + article + "\"}]");
    Files.writeString(output.resolve("papers.json"), "[{\"arxiv_id\":\"2401.00001\"}]");
  }

  @Test
  void latest_noRunYet_isEmpty() throws IOException {
    assertTrue(new RunHistory(output, 3, clock).latest().isEmpty());
  }

  @Test
  void record_snapshotReadsBackAsThePublishedDataset() throws IOException {
    publish("a.md");
    RunHistory history = new RunHistory(output, 3, clock);
    RunHistory.Snapshot s = history.record(output);
    assertEquals("20261123T020000Z", s.runId());
    Dataset d = new DatasetReader().read(history.latest().orElseThrow().folder());
    assertEquals("a.md", d.mentions().get(0).get("article"));
    assertEquals("2401.00001", d.papers().get(0).get("arxiv_id"));
    assertTrue(Files.exists(s.folder().resolve("mentions.json.gz")));
  }

  @Test
  void record_beyondKeep_dropsTheOldestAndKeepsTheNewest() throws IOException {
    RunHistory history = new RunHistory(output, 2, clock);
    for (String article : List.of("1.md", "2.md", "3.md")) {
      publish(article);
      history.record(output);
    }
    List<RunHistory.Snapshot> kept = history.list();
    assertEquals(2, kept.size());
    Dataset newest = new DatasetReader().read(history.latest().orElseThrow().folder());
    assertEquals("3.md", newest.mentions().get(0).get("article"));
    assertNotEquals(kept.get(0).runId(), kept.get(1).runId(), "same second, distinct runs");
  }

  @Test
  void record_leftoverOfACrashedSnapshot_isNeitherListedNorKept() throws IOException {
    Files.createDirectories(output.resolve(RunHistory.FOLDER).resolve(".tmp-crashed"));
    publish("a.md");
    RunHistory history = new RunHistory(output, 2, clock);
    history.record(output);
    assertEquals(1, history.list().size());
    assertTrue(Files.notExists(output.resolve(RunHistory.FOLDER).resolve(".tmp-crashed")));
  }

  @Test
  void constructor_keepBelowOne_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new RunHistory(output, 0, clock));
  }
}
