package org.arxivenrich.dataset;

import static org.arxivenrich.dataset.OutputFolder.NEW;
import static org.arxivenrich.dataset.OutputFolder.OLD;
import static org.arxivenrich.dataset.OutputFolder.contents;
import static org.arxivenrich.dataset.OutputFolder.oldThenNew;
import static org.arxivenrich.dataset.OutputFolder.withOldDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.arxivenrich.Pipeline;
import org.arxivenrich.RunSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run finds in its output folder left by one that died there, and what it does. */
class CrashRecovererTest {
  @TempDir
  Path dir;

  private Path output;

  @BeforeEach
  void lastNightsDataset() throws IOException {
    output = withOldDataset(dir.resolve("output"));
  }

  /** A staging folder holding tonight's files, as a run leaves it before or while committing. */
  private Path stagingWithNewFiles(String name) throws IOException {
    Path staging = Files.createDirectories(output.resolve(name));
    Files.createDirectories(staging.resolve(".previous"));
    for (Map.Entry<String, String> f : NEW.entrySet()) {
      Files.writeString(staging.resolve(f.getKey()), f.getValue());
    }
    return staging;
  }

  @Test
  void recover_stagingFoldersWithoutJournal_areDeletedAndNothingElseIsTouched() throws Exception {
    stagingWithNewFiles(".staging-111");
    stagingWithNewFiles(".staging-222");
    Files.createDirectories(output.resolve(".staging-333"));
    Files.createDirectories(output.resolve("staging-444-is-not-ours"));
    Publisher.recover(output);
    Map<String, String> expected = new TreeMap<>(OLD);
    expected.put("staging-444-is-not-ours", "/");
    assertEquals(expected, contents(output));
  }

  @Test
  void recover_journalStillUnderItsTemporaryName_promisesNothingAndIsDeleted() throws Exception {
    stagingWithNewFiles(".staging-111");
    Files.writeString(output.resolve(PublishJournal.TEMP),
        "arxiv-enrich publish journal 1\nstaging .staging-111\nfile mentions.csv\nfile pap");
    Publisher.recover(output);
    assertEquals(new TreeMap<>(OLD), contents(output));
  }

  @Test
  void recover_journalNamingAStagingFolder_movesInWhatItStillHolds() throws Exception {
    Path staging = stagingWithNewFiles(".staging-111");
    Files.writeString(staging.resolve(".previous/mentions.csv"), OLD.get("mentions.csv"));
    new PublishJournal(".staging-111", List.copyOf(NEW.keySet())).write(output, Mover.ATOMIC);
    Mover.ATOMIC.move(staging.resolve("mentions.csv"), output.resolve("mentions.csv"));
    // the run died here, after its first rename
    stagingWithNewFiles(".staging-222"); // an older run's, never committed
    Publisher.recover(output);
    assertEquals(oldThenNew(), contents(output));
  }

  @Test
  void recover_unreadableJournal_stopsTheRunAndDeletesNothing() throws Exception {
    stagingWithNewFiles(".staging-111");
    Files.writeString(output.resolve(PublishJournal.NAME), "staging ../../etc\nend\n");
    Map<String, String> before = contents(output);
    IOException e = assertThrows(IOException.class, () -> Publisher.recover(output));
    assertTrue(e.getMessage().contains(PublishJournal.NAME), e.getMessage());
    assertEquals(before, contents(output));
  }

  @Test
  void recover_journalWhoseStagingFolderIsGone_isDroppedLeavingTheFilesAsTheyAre()
      throws Exception {
    new PublishJournal(".staging-111", List.copyOf(NEW.keySet())).write(output, Mover.ATOMIC);
    Publisher.recover(output);
    assertEquals(new TreeMap<>(OLD), contents(output));
  }

  @Test
  void recover_missingOutputFolder_isNothingToDo() throws Exception {
    Publisher.recover(dir.resolve("never-published"));
    assertTrue(Files.notExists(dir.resolve("never-published")));
  }

  @Test
  void run_afterACrashMidPublish_finishesThatPublishBeforeItsOwn() throws Exception {
    Path staging = stagingWithNewFiles(".staging-111");
    Files.writeString(staging.resolve("notes.txt"), "tonight's notes\n");
    new PublishJournal(".staging-111", List.of("notes.txt")).write(output, Mover.ATOMIC);
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(input.resolve("a.txt"), "GPT-4: https://arxiv.org/abs/2303.08774\n");
    new Pipeline(new RunSettings(input, output, dir.resolve("cache/arxiv.sqlite"),
        URI.create(RunSettings.DEFAULT_API_URL), true, false, 100, RunSettings.DEFAULT_CONTACT,
        Duration.ofSeconds(3), Duration.ofMinutes(30), Duration.ofDays(7), Duration.ofDays(1),
        5)).run();
    Map<String, String> after = contents(output);
    assertEquals("tonight's notes\n", after.get("notes.txt"), "the crashed publish was finished");
    assertTrue(after.keySet().stream().noneMatch(f -> f.startsWith(".staging-")
        || f.startsWith(".publish-journal")), after.keySet().toString());
    assertTrue(after.get("mentions.csv").contains("2303.08774"), "then this run published");
  }
}
