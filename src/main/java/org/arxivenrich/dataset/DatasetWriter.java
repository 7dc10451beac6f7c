package org.arxivenrich.dataset;

import org.arxivenrich.resolve.ResolveStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arxivenrich.reconcile.Reconciliation;

/**
 * Publishes the dataset of one run to the output folder: {@code mentions.csv/json},
 * {@code papers.csv/json}, {@code corrections.md}, {@code run.json} and the schemas that describe
 * them. Every file is staged, then checked against its schema, and only when all pass are they
 * moved into place together; a failure leaves the previous dataset as it was.
 */
public final class DatasetWriter {
  private final Clock clock;
  private final String version;
  private final FileCheck check;

  /** A writer that checks every file against the schemas shipped in {@code schema/}. */
  public DatasetWriter(Clock clock, String version) {
    this(clock, version, new SchemaCheck());
  }

  DatasetWriter(Clock clock, String version, FileCheck check) {
    this.clock = clock;
    this.version = version;
    this.check = check;
  }

  /** Files that are published together with the dataset, staged after it (the diff). */
  @FunctionalInterface
  public interface Companion {
    /** Stages this companion's files in {@code publisher}, which already holds the dataset. */
    void stage(Publisher publisher) throws IOException;
  }

  /**
   * Writes, checks and publishes; throws {@link DatasetException} if a file breaks its schema
   * and {@link IOException} if a file cannot be written or moved, with nothing published.
   */
  public void publish(Path output, List<Reconciliation> rows, ResolveStats stats)
      throws IOException, DatasetException {
    publish(output, rows, stats, InputReport.NONE, LookupsSkipped.NONE, publisher -> { });
  }

  /**
   * As {@link #publish(Path, List, ResolveStats)}, reporting {@code inputs} and the look-ups
   * {@code skipped} in {@code run.json}, with {@code companion}'s files staged after the
   * dataset's and moved in the same commit.
   */
  public void publish(Path output, List<Reconciliation> rows, ResolveStats stats,
      InputReport inputs, LookupsSkipped skipped, Companion companion)
      throws IOException, DatasetException {
    try (Publisher publisher = new Publisher(output)) {
      Map<String, Path> staged = new LinkedHashMap<>();
      write(publisher, staged, rows, new RunReport.Costs(stats, skipped), inputs);
      companion.stage(publisher);
      for (Map.Entry<String, Path> file : staged.entrySet()) {
        check.check(file.getKey(), file.getValue());
      }
      publisher.commit();
    }
  }

  private void write(Publisher publisher, Map<String, Path> staged, List<Reconciliation> rows,
      RunReport.Costs costs, InputReport inputs) throws IOException {
    List<Map<String, Object>> mentions = MentionTable.rows(rows);
    List<Map<String, Object>> papers = PaperTable.rows(rows);
    TableWriter.writeCsv(stage(publisher, staged, "mentions.csv"), MentionTable.COLUMNS,
        mentions);
    TableWriter.writeJson(stage(publisher, staged, "mentions.json"), mentions);
    TableWriter.writeCsv(stage(publisher, staged, "papers.csv"), PaperTable.COLUMNS, papers);
    TableWriter.writeJson(stage(publisher, staged, "papers.json"), papers);
    Files.writeString(stage(publisher, staged, "corrections.md"),
        CorrectionsReport.render(rows), StandardCharsets.UTF_8);
    TableWriter.writeJson(stage(publisher, staged, "run.json"),
        RunReport.of(clock.instant(), version, rows, papers.size(), costs, inputs));
    for (String schema : SchemaCheck.SCHEMA_FILES) {
      copySchema(schema, stage(publisher, staged, schema));
    }
  }

  private static Path stage(Publisher publisher, Map<String, Path> staged, String name) {
    Path path = publisher.stage(name);
    staged.put(name, path);
    return path;
  }

  private static void copySchema(String name, Path target) throws IOException {
    try (InputStream in = DatasetWriter.class.getResourceAsStream("/schema/" + name)) {
      if (in == null) {
        throw new IOException("schema/" + name + " is missing from the jar");
      }
      Files.copy(in, target);
    }
  }
}
