package org.arxivenrich.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts an output folder back in order after a run died in it. A {@link PublishJournal} means its
 * staging folder held a complete, checked dataset and some of its renames were done: the rest
 * are done now (roll forward), since the renamed files cannot be told from older ones any more.
 * Staging folders no journal names were never committed: they are deleted. Runs under the output
 * lock.
 */
final class CrashRecoverer {
  private static final Logger log = LoggerFactory.getLogger(CrashRecoverer.class);

  private final Path output;
  private final Mover mover;

  CrashRecoverer(Path output, Mover mover) {
    this.output = output;
    this.mover = mover;
  }

  /** Finishes a journaled publish, then deletes what no journal names; idempotent. */
  void recover() throws IOException {
    if (!Files.isDirectory(output)) {
      return;
    }
    Optional<PublishJournal> journal = PublishJournal.read(output);
    if (journal.isPresent()) {
      rollForward(journal.get());
    }
    if (Files.deleteIfExists(output.resolve(PublishJournal.TEMP))) {
      log.info("deleted {}: a run died writing it, before it committed anything",
          output.resolve(PublishJournal.TEMP));
    }
    for (Path folder : stagingFolders()) {
      Publisher.deleteTree(folder);
      log.info("deleted {}: a run left it without committing it", folder);
    }
  }

  private void rollForward(PublishJournal journal) throws IOException {
    Path staging = output.resolve(journal.staging());
    if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
      // Only a hand could remove it: no publish removes a folder its journal names.
      log.warn("{} names {}, which is gone: a crashed run's publish cannot be finished, and {} "
          + "may mix two runs until this run publishes", PublishJournal.NAME, staging, output);
      PublishJournal.delete(output);
      return;
    }
    int moved = 0;
    for (String name : journal.files()) {
      Path file = staging.resolve(name);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // absent: moved before the crash
        mover.move(file, output.resolve(name));
        moved++;
      }
    }
    PublishJournal.delete(output);
    Publisher.deleteTree(staging); // only the copies kept for a rollback are left in it
    log.warn("completed the publish of a run that crashed while publishing: moved the {} of its "
        + "{} files still in {}", moved, journal.files().size(), staging.getFileName());
  }

  private List<Path> stagingFolders() throws IOException {
    try (Stream<Path> entries = Files.list(output)) {
      return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> p.getFileName().toString().startsWith(PublishJournal.STAGING_PREFIX))
          .sorted().toList();
    }
  }
}
