package org.arxivenrich.diff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact snapshots of past published datasets, {@code <output>/.history/<run-id>/} holding
 * {@code mentions.json.gz} and {@code papers.json.gz}, that the next run diffs against. Run IDs are
 * UTC timestamps, so their names sort in run order; only the last {@code keep} are kept.
 */
public final class RunHistory {
  static final String FOLDER = ".history";
  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Path folder;
  private final int keep;
  private final Clock clock;

  /** The history of the dataset published in {@code output}; keeps the last {@code keep} runs. */
  public RunHistory(Path output, int keep, Clock clock) {
    if (keep < 1) {
      throw new IllegalArgumentException("history must keep at least 1 run: " + keep);
    }
    this.folder = output.resolve(FOLDER);
    this.keep = keep;
    this.clock = clock;
  }

  /** A kept run: its ID and the folder holding its snapshot. */
  record Snapshot(String runId, Path folder) {}

  /** The snapshots kept, oldest first. */
  List<Snapshot> list() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(Files::isDirectory)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().map(p -> new Snapshot(p.getFileName().toString(), p)).toList();
    }
  }

  /** The newest snapshot, the one this run is compared with. */
  Optional<Snapshot> latest() throws IOException {
    List<Snapshot> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Snapshots the published files in {@code output} under a new run ID, then drops the oldest
   * snapshots beyond {@code keep}. The snapshot appears whole or not at all (atomic rename).
   */
  Snapshot record(Path output) throws IOException {
    Files.createDirectories(folder);
    String runId = freshRunId();
    Path temp = Files.createTempDirectory(folder, ".tmp-");
    try {
      for (String name : List.of(DatasetReader.MENTIONS, DatasetReader.PAPERS)) {
        if (Files.isRegularFile(output.resolve(name))) {
          gzip(output.resolve(name), temp.resolve(name + ".gz"));
        }
      }
      Files.move(temp, folder.resolve(runId), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      delete(temp);
    }
    prune();
    return new Snapshot(runId, folder.resolve(runId));
  }

  private String freshRunId() {
    String base = RUN_ID.format(clock.instant());
    String id = base;
    for (int n = 1; Files.exists(folder.resolve(id)); n++) {
      id = String.format("%s-%02d", base, n);
    }
    return id;
  }

  private static void gzip(Path from, Path to) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
      Files.copy(from, out);
    }
  }

  /** Drops snapshots beyond {@code keep} and leftovers of runs that crashed mid-snapshot. */
  private void prune() throws IOException {
    List<Snapshot> all = list();
    List<Path> doomed = new ArrayList<>();
    all.subList(0, Math.max(0, all.size() - keep)).forEach(s -> doomed.add(s.folder()));
    try (Stream<Path> entries = Files.list(folder)) {
      entries.filter(p -> p.getFileName().toString().startsWith(".tmp-")).forEach(doomed::add);
    }
    for (Path p : doomed) {
      delete(p);
    }
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
