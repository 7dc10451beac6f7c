package org.arxivenrich.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.arxivenrich.dataset.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the dataset a run has staged with the last run kept in its {@link RunHistory}, stages
 * {@code diff.json} (checked against {@code diff.schema.json}, staged too) and {@code diff.md}
 * beside it so that all are published together, and after the publish keeps a snapshot for the
 * next run.
 */
public final class RunComparer {
  private static final Logger log = LoggerFactory.getLogger(RunComparer.class);

  private final RunHistory history;
  private final DatasetReader reader = new DatasetReader();
  private final Differ differ = new Differ();
  private final DiffReport report = new DiffReport();

  public RunComparer(RunHistory history) {
    this.history = history;
  }

  /**
   * Reads back the staged {@code mentions.json} (and {@code papers.json} if staged) and stages
   * its diff against the last kept run. A last run that cannot be read is logged and treated as
   * none: it must not sink tonight's run.
   */
  public void stageDiff(Publisher publisher) throws IOException {
    Path mentions = publisher.staged(DatasetReader.MENTIONS).orElseThrow(
        () -> new IllegalStateException("stage " + DatasetReader.MENTIONS + " before the diff"));
    Dataset now = reader.read(mentions, publisher.staged(DatasetReader.PAPERS));
    Diff diff = differ.firstRun(now);
    Optional<RunHistory.Snapshot> last = history.latest();
    if (last.isPresent()) {
      try {
        diff = differ.compare(reader.read(last.get().folder()), now, last.get().runId());
      } catch (IOException e) {
        log.warn("cannot read the last run's snapshot, diffing against nothing: {}",
            e.getMessage());
      }
    }
    report.writeJson(diff, publisher.stage(DiffReport.JSON));
    report.writeSchema(publisher.stage(DiffReport.SCHEMA));
    report.writeMarkdown(diff, publisher.stage(DiffReport.MARKDOWN));
  }

  /**
   * Snapshots the dataset just published in {@code output} for the next run's diff. The dataset
   * is out already, so a failure here is a warning: the next run diffs against an older snapshot.
   */
  public void remember(Path output) {
    try {
      RunHistory.Snapshot s = history.record(output);
      log.debug("kept snapshot {} for the next diff", s.runId());
    } catch (IOException e) {
      log.warn("published, but could not keep a snapshot for the next diff: {}", e.toString());
    }
  }
}
