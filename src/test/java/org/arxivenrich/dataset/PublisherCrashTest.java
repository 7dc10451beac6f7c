package org.arxivenrich.dataset;

import static org.arxivenrich.dataset.OutputFolder.NEW;
import static org.arxivenrich.dataset.OutputFolder.OLD;
import static org.arxivenrich.dataset.OutputFolder.contents;
import static org.arxivenrich.dataset.OutputFolder.oldThenNew;
import static org.arxivenrich.dataset.OutputFolder.stageNew;
import static org.arxivenrich.dataset.OutputFolder.withOldDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.arxivenrich.dataset.ScriptedMover.Crash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A publish is one commit: whatever kills it, the next run finds one whole dataset. */
class PublisherCrashTest {
  @TempDir
  Path dir;

  private Path output;

  @BeforeEach
  void lastNightsDataset() throws IOException {
    output = withOldDataset(dir.resolve("output"));
  }

  /** Stages tonight's files and commits them through {@code mover}, expecting it to crash. */
  private Publisher crashingCommit(Mover mover) throws IOException {
    Publisher publisher = new Publisher(output, mover);
    stageNew(publisher);
    assertThrows(Crash.class, publisher::commit);
    return publisher;
  }

  /** Moves: 1 is the journal's rename, 2..5 the four files; it dies before the next one. */
  @ParameterizedTest(name = "killed after {0} moves, close run: {1}")
  @CsvSource({"0,false", "1,false", "2,false", "3,false", "4,false",
      "0,true", "1,true", "2,true", "3,true", "4,true"})
  void commit_killedAfterAnyMove_recoverLeavesExactlyTheOldOrTheNewDataset(int moves,
      boolean closed) throws Exception {
    Publisher publisher = crashingCommit(ScriptedMover.crashAfter(moves));
    if (closed) {
      publisher.close(); // an Error unwinding through try-with-resources, unlike a SIGKILL
    }
    Publisher.recover(output);
    Map<String, String> expected = moves == 0 ? new TreeMap<>(OLD) : oldThenNew();
    assertEquals(expected, contents(output), "no journal, no staging, one whole dataset");
  }

  @Test
  void recover_killedWhileRecovering_nextRecoverStillFinishesTheNewDataset() throws Exception {
    crashingCommit(ScriptedMover.crashAfter(2));
    assertThrows(Crash.class, () -> new CrashRecoverer(output, ScriptedMover.crashAfter(1))
        .recover());
    Publisher.recover(output);
    assertEquals(oldThenNew(), contents(output));
  }

  @Test
  void commit_moveFails_putsTheOldDatasetBackAndLeavesNothingToRollForward() throws Exception {
    ScriptedMover failing = new ScriptedMover((n, from, to) -> {
      if (from.getFileName().toString().equals("papers.json")) {
        throw new IOException("disk full");
      }
    });
    try (Publisher publisher = new Publisher(output, failing)) {
      stageNew(publisher);
      IOException e = assertThrows(IOException.class, publisher::commit);
      assertEquals("disk full", e.getMessage());
      assertTrue(Files.notExists(output.resolve(PublishJournal.NAME)), "journal removed");
    }
    Publisher.recover(output);
    assertEquals(new TreeMap<>(OLD), contents(output));
  }

  @Test
  void commit_moveAndPutBackFail_keepJournalAndStagingSoRecoverFinishesTheNewDataset()
      throws Exception {
    ScriptedMover failing = new ScriptedMover((n, from, to) -> {
      String name = from.getFileName().toString();
      if (name.equals("papers.json") || to.toString().contains(".staging-")) {
        throw new IOException("cannot move " + name);
      }
    });
    try (Publisher publisher = new Publisher(output, failing)) {
      stageNew(publisher);
      IOException e = assertThrows(IOException.class, publisher::commit);
      assertEquals(1, e.getSuppressed().length, "the failed put-back is reported too");
    }
    assertTrue(Files.exists(output.resolve(PublishJournal.NAME)), "journal kept");
    assertEquals(NEW.get("mentions.json"), Files.readString(output.resolve("mentions.json")));
    Publisher.recover(output);
    assertEquals(oldThenNew(), contents(output));
  }

  @Test
  void commit_killedWhilePuttingBack_recoverFinishesTheNewDataset() throws Exception {
    ScriptedMover failing = new ScriptedMover((n, from, to) -> {
      if (from.getFileName().toString().equals("papers.json")) {
        throw new IOException("disk full");
      }
      if (to.equals(output.resolve("mentions.csv")) && from.toString().contains(".previous")) {
        throw new Crash(n); // new mentions.csv is back in staging, the old one not yet out
      }
    });
    crashingCommit(failing);
    assertTrue(Files.notExists(output.resolve("mentions.csv")));
    Publisher.recover(output);
    assertEquals(oldThenNew(), contents(output));
  }
}
