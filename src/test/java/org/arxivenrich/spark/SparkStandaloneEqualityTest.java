package org.arxivenrich.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.arxivenrich.Pipeline;
import org.arxivenrich.RunSettings;
import org.arxivenrich.dataset.Tables;
import org.arxivenrich.resolve.CacheFiller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the standalone job, over the same real articles and the same metadata (a
 * snapshot of the seed papers; the standalone job offline, its cache filled from that snapshot),
 * publish the same mentions row by row and the same papers.
 */
class SparkStandaloneEqualityTest {
  /** What both jobs must agree on; not the reason text, which names where metadata came from. */
  private static final List<String> MENTION_COLUMNS = List.of("article", "line", "column",
      "arxiv_id", "version", "form", "matched_text", "url", "claimed_title", "claimed_date",
      "status", "title", "published", "updated", "latest_version", "title_verdict",
      "title_score", "date_verdict", "date_delta_days");
  private static final List<String> PAPER_COLUMNS = List.of("arxiv_id", "latest_version",
      "title", "authors", "published", "updated", "status", "mention_count", "articles");

  private static SparkSession spark;
  @TempDir
  static Path dir;
  private static Path standalone;
  private static Path onSpark;

  @BeforeAll
  static void runBothJobs() throws Exception {
    Path input = Path.of(SparkStandaloneEqualityTest.class.getResource("/real-articles").toURI());
    Path snapshot = SeedSnapshot.write(dir.resolve("snapshot.jsonl"));
    Path cache = dir.resolve("cache.sqlite");
    CacheFiller.fill(cache, SeedSnapshot.papers(snapshot), Instant.now());
    standalone = dir.resolve("standalone");
    new Pipeline(new RunSettings(input, standalone, cache, URI.create("http://127.0.0.1:9/"),
        true, false, 100, RunSettings.DEFAULT_CONTACT, Duration.ofSeconds(3),
        Duration.ofMinutes(1), Duration.ofDays(7), Duration.ofDays(1), 1)).run();
    spark = LocalSpark.start();
    onSpark = dir.resolve("spark");
    new SparkJob(spark).run(new SparkJob.Settings(input.toString(), false, snapshot.toString(),
        onSpark.toString()));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void mentions_sameRowsInTheSameOrder() throws IOException {
    List<List<String>> expected = rows(standalone.resolve("mentions.csv"), MENTION_COLUMNS);
    List<List<String>> actual = rows(onSpark.resolve("mentions.csv"), MENTION_COLUMNS);
    assertTrue(expected.size() > 100, "the real articles hold many mentions: " + expected.size());
    assertTrue(expected.stream().anyMatch(r -> r.get(10).equals("resolved")), "some resolved");
    assertTrue(expected.stream().anyMatch(r -> r.get(10).equals("unresolved")), "some not");
    assertTrue(expected.stream().anyMatch(r -> r.get(15).equals("mismatch")), "a mismatch");
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "mention row " + (i + 1));
    }
  }

  @Test
  void papers_sameRows() throws IOException {
    List<List<String>> expected = rows(standalone.resolve("papers.csv"), PAPER_COLUMNS);
    assertTrue(expected.size() > 50, "papers: " + expected.size());
    assertEquals(expected, rows(onSpark.resolve("papers.csv"), PAPER_COLUMNS));
  }

  @Test
  void csvFiles_meetTheStandaloneSchema() throws Exception {
    Tables.check("mentions.csv", onSpark.resolve("mentions.csv"));
    Tables.check("papers.csv", onSpark.resolve("papers.csv"));
    for (String schema : Tables.TABLE_SCHEMAS) {
      assertTrue(onSpark.resolve(schema).toFile().isFile(), schema);
    }
  }

  @Test
  void parquet_holdsTheCsvRows() {
    long parquet = spark.read().parquet(onSpark.resolve("mentions.parquet").toString())
        .filter("status = 'resolved' AND line > 0").count();
    long csv = spark.read().option("header", "true")
        .csv(onSpark.resolve("mentions.csv").toString()).filter("status = 'resolved'").count();
    assertTrue(parquet > 0);
    assertEquals(csv, parquet);
  }

  static List<List<String>> rows(Path csv, List<String> columns) throws IOException {
    try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords().stream().map(r -> columns(r, columns)).toList();
    }
  }

  private static List<String> columns(CSVRecord row, List<String> names) {
    return Stream.of(names.toArray(String[]::new)).map(row::get).toList();
  }
}
