package org.arxivenrich.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.arxivenrich.mirror.MirrorRecord;
import org.arxivenrich.mirror.MirrorStore;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job's own contract: metadata from the snapshot or a Parquet export only (a paper
 * missing from it is unresolved, saying so), suggestions from an exact title join, and
 * WARC/WET records as articles.
 */
class SparkJobTest {
  private static final String PPO_LINK_CLAIMING_ATTENTION = "<html><body><p>"
      + "<a href=\"https://arxiv.org/abs/1707.06347\">Attention Is All You Need</a></p>\n"
      + "<p>and arXiv:2501.00001, newer than the snapshot.</p></body></html>\n";

  private static SparkSession spark;
  @TempDir
  static Path dir;
  private static Path snapshot;
  private static Path input;
  /** The articles' run with the snapshot, shared by the tests that read it. */
  private static SparkJob.Result fromSnapshot;

  @BeforeAll
  static void runOverTheSnapshot() throws IOException {
    spark = LocalSpark.start();
    snapshot = SeedSnapshot.write(dir.resolve("snapshot.jsonl"));
    input = articles(dir);
    fromSnapshot = run(input, snapshot, dir.resolve("from-snapshot"), false);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void run_paperMissingFromMetadata_isUnresolved_andAClaimedTitleIsJoinedToItsPaper()
      throws Exception {
    Map<String, Map<String, String>> byId = mentionsById(dir.resolve("from-snapshot"));
    Map<String, String> ppo = byId.get("1707.06347");
    assertEquals(List.of("resolved", "mismatch", "1706.03762", "Attention Is All You Need"),
        List.of(ppo.get("status"), ppo.get("title_verdict"), ppo.get("suggested_arxiv_id"),
            ppo.get("suggested_title")));
    Map<String, String> missing = byId.get("2501.00001");
    assertEquals("unresolved", missing.get("status"));
    assertTrue(missing.get("reason").contains(MentionReconciliation.NOT_IN_METADATA),
        missing.get("reason"));
    assertEquals(List.of(1L, 1L, 2L, 1L), List.of(fromSnapshot.articles(),
        fromSnapshot.skipped(), fromSnapshot.mentions(), fromSnapshot.unresolved()),
        "the hidden file is not an article");
  }

  @Test
  void run_withTheMirrorsParquetExport_givesWhatTheSnapshotGives(@TempDir Path tmp)
      throws Exception {
    Path mirror = tmp.resolve("mirror.sqlite");
    try (MirrorStore store = MirrorStore.open(mirror)) {
      store.put(SeedSnapshot.papers(snapshot).stream()
          .map(p -> new MirrorRecord(p, LocalDate.of(2026, 11, 30))).toList(), Map.of());
    }
    Path export = tmp.resolve("export");
    assertEquals(SeedSnapshot.papers(snapshot).size(),
        MirrorExport.export(spark, mirror, export.toString()));
    run(input, export, tmp.resolve("from-export"), false);
    assertEquals(Files.readString(dir.resolve("from-snapshot/mentions.csv")),
        Files.readString(tmp.resolve("from-export/mentions.csv")));
    List<List<String>> papers = SparkStandaloneEqualityTest.rows(
        tmp.resolve("from-export/papers.csv"), List.of("arxiv_id", "status", "fetched_at"));
    assertEquals(List.of(List.of("1707.06347", "resolved", "2026-11-30T00:00:00Z"),
        List.of("2501.00001", "unresolved", "")), papers, "dated by the mirror's datestamp");
  }

  @Test
  void run_warcAndWetRecords_areArticlesNamedByTheirTargetUri(@TempDir Path tmp)
      throws Exception {
    Path crawl = Files.createDirectories(tmp.resolve("crawl"));
    writeWarc(crawl.resolve("pages.warc"));
    writeWet(crawl.resolve("pages.warc.wet.gz"));
    SparkJob.Result result = run(crawl, snapshot, tmp.resolve("out"), true);
    List<List<String>> rows = SparkStandaloneEqualityTest.rows(tmp.resolve("out/mentions.csv"),
        List.of("article", "arxiv_id", "status", "title_verdict"));
    assertEquals(List.of(
        List.of("https://example.org/gpt4", "2303.08774", "resolved", "no_claim"),
        List.of("https://example.org/post", "1706.03762", "resolved", "match"),
        List.of("https://example.org/yolo", "1506.02640", "resolved", "no_claim")), rows);
    assertEquals(3, result.articles(), "the request record is not an article");
  }

  private static SparkJob.Result run(Path input, Path metadata, Path out, boolean warc)
      throws IOException {
    return new SparkJob(spark).run(new SparkJob.Settings(input.toString(), warc,
        metadata.toString(), out.toString()));
  }

  /** An HTML article, a binary file (skipped) and a hidden one (not an article). */
  private static Path articles(Path tmp) throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("post.html"), PPO_LINK_CLAIMING_ATTENTION);
    Files.write(in.resolve("figure.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0});
    Files.writeString(in.resolve(".draft.md"), "arXiv:1810.03993\n");
    return in;
  }

  private static Map<String, Map<String, String>> mentionsById(Path out) throws IOException {
    List<String> columns = List.of("arxiv_id", "status", "title_verdict", "suggested_arxiv_id",
        "suggested_title", "reason");
    return SparkStandaloneEqualityTest.rows(out.resolve("mentions.csv"), columns).stream()
        .map(r -> columns.stream().collect(Collectors.toMap(Function.identity(),
            c -> r.get(columns.indexOf(c)))))
        .collect(Collectors.toMap(m -> m.get("arxiv_id"), m -> m));
  }

  /** An uncompressed WARC: a response with an HTML page, and a request that is no article. */
  private static void writeWarc(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.NONE)) {
      byte[] html = ("<html><body><a href=\"https://arxiv.org/abs/1706.03762\">Attention Is All"
          + " You Need</a></body></html>").getBytes(StandardCharsets.UTF_8);
      w.write(new WarcResponse.Builder(URI.create("https://example.org/post"))
          .body(MediaType.HTTP_RESPONSE, new HttpResponse.Builder(200, "OK")
              .body(MediaType.HTML_UTF8, html).build()).build());
      w.write(new org.netpreserve.jwarc.WarcRequest.Builder(URI.create("https://example.org/"))
          .body(MediaType.HTTP_REQUEST, "GET / HTTP/1.1\r\nHost: example.org\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII)).build());
    }
  }

  /** A WET file as Common Crawl writes them: gzip per record, text conversions. */
  private static void writeWet(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(conversion("https://example.org/gpt4", "GPT-4 技术报告 arXiv:2303.08774\n"));
      w.write(conversion("https://example.org/yolo", "YOLO: https://arxiv.org/pdf/1506.02640\n"));
    }
  }

  private static WarcConversion conversion(String uri, String text) {
    return new WarcConversion.Builder().setHeader("WARC-Target-URI", uri)
        .body(MediaType.PLAIN_TEXT, text.getBytes(StandardCharsets.UTF_8)).build();
  }
}
