package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arxivenrich.arxiv.SeedArxiv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10 end to end: the job over {@code input/} backed by the API stand-in, then again after
 * {@code mirror import} of a snapshot (real format) holding the same 81 seed papers, where every
 * version's date is known. The mirror run asks nothing and publishes the same dataset, except
 * that a date claim matching a middle version now says which one.
 */
class MirrorRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final SeedArxiv arxiv = SeedArxiv.start();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  @AfterEach
  void stop() {
    arxiv.close();
  }

  private int main(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private int run(String name, Path mirror, String... extra) {
    List<String> args = new ArrayList<>(List.of("--input", "input",
        "--output", dir.resolve(name).toString(),
        "--cache", dir.resolve(name + "-cache/arxiv.sqlite").toString(),
        "--api-url", arxiv.apiUrl().toString(), "--min-interval", "0s",
        "--mirror", mirror.toString()));
    args.addAll(List.of(extra));
    return main(args.toArray(String[]::new));
  }

  private List<CSVRecord> csv(String name, String file) throws Exception {
    try (Reader in = Files.newBufferedReader(dir.resolve(name).resolve(file))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .getRecords();
    }
  }

  /**
   * Papers whose claimed day misses v1 and the latest version but falls between them: in the
   * snapshot their v2 gets that day, a version date the API never gives.
   */
  private Map<String, LocalDate> middleVersionClaims() throws Exception {
    Map<String, LocalDate> claims = new HashMap<>();
    for (CSVRecord r : csv("api", "mentions.csv")) {
      String claimed = r.get("claimed_date");
      SeedArxiv.SeedPaper p = r.get("arxiv_id").isEmpty() ? null : arxiv.paper(r.get("arxiv_id"));
      if (p == null || !r.get("date_verdict").equals("mismatch") || claimed.length() != 10
          || p.version() < 3) {
        continue;
      }
      LocalDate day = LocalDate.parse(claimed);
      if (day.isAfter(LocalDate.parse(p.published()).plusDays(1))
          && day.isBefore(LocalDate.parse(p.updated()).minusDays(1))) {
        claims.putIfAbsent(p.id(), day);
      }
    }
    return claims;
  }

  /** One snapshot line per seed paper, every version dated, in the Kaggle file's key order. */
  private Path snapshot(Map<String, LocalDate> v2) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String id : arxiv.ids()) {
      SeedArxiv.SeedPaper p = arxiv.paper(id);
      ObjectNode line = JSON.createObjectNode().put("id", id).putNull("submitter");
      List<String> authors = new ArrayList<>(List.of(p.firstAuthor()));
      for (int a = 2; a <= p.authors(); a++) {
        authors.add("Coauthor " + a);
      }
      line.put("authors", String.join(", ", authors)).put("title", p.title())
          .putNull("comments").putNull("journal-ref").putNull("doi").putNull("report-no")
          .put("categories", p.category()).putNull("license").put("abstract", "  Stand-in.\n");
      var versions = line.putArray("versions");
      LocalDate first = LocalDate.parse(p.published());
      LocalDate last = LocalDate.parse(p.updated());
      for (int v = 1; v <= p.version(); v++) {
        LocalDate day = v == 1 ? first : v == p.version() ? last
            : v == 2 && v2.containsKey(id) ? v2.get(id)
            : first.plusDays((last.toEpochDay() - first.toEpochDay()) * (v - 1) / p.version());
        versions.addObject().put("version", "v" + v)
            .put("created", RFC_1123.format(day.atStartOfDay(ZoneOffset.UTC)));
      }
      line.put("update_date", p.updated());
      lines.add(JSON.writeValueAsString(line));
    }
    Path file = dir.resolve("arxiv-metadata-oai-snapshot.json");
    Files.write(file, lines);
    return file;
  }

  @Test
  void run_afterMirrorImport_asksNothingAndPublishesTheSameDatasetWithVersionVerdicts()
      throws Exception {
    assertEquals(Main.DONE, run("api", dir.resolve("no-mirror.sqlite")), err.toString());
    Map<String, LocalDate> v2 = middleVersionClaims();
    assertFalse(v2.isEmpty(), "input/ claims a date between v1 and the latest of some paper");
    Path mirror = dir.resolve("mirror.sqlite");
    assertEquals(Main.DONE, main("mirror", "import", snapshot(v2).toString(), "--mirror",
        mirror.toString()), err.toString());

    int asked = arxiv.requests().size();
    // The mirror's title index answers the titles named without a link (issue #11) for free:
    // with no title search budget at all, none is skipped.
    assertEquals(Main.DONE, run("mirrored", mirror, "--title-search-budget", "0"),
        err.toString());
    assertEquals(asked, arxiv.requests().size(), "the mirror answers every ID and title search");

    List<CSVRecord> api = csv("api", "mentions.csv");
    List<CSVRecord> mirrored = csv("mirrored", "mentions.csv");
    assertEquals(api.size(), mirrored.size());
    int versionVerdicts = 0;
    for (int i = 0; i < api.size(); i++) {
      Map<String, String> a = new HashMap<>(api.get(i).toMap());
      Map<String, String> m = new HashMap<>(mirrored.get(i).toMap());
      LocalDate day = v2.get(a.get("arxiv_id"));
      if (day != null && a.get("claimed_date").equals(day.toString())) {
        String verdict = "date: claim matches v2's date, " + day + ", not v1's";
        assertTrue(m.get("reason").contains(verdict), m.get("reason"));
        assertEquals(before(a.get("reason"), "date: "), before(m.get("reason"), "date: "));
        versionVerdicts++;
        a.remove("reason");
        m.remove("reason");
      }
      assertEquals(a, m, "row " + i);
    }
    assertTrue(versionVerdicts > 0);
    assertSamePapers();
    JsonNode run = JSON.readTree(dir.resolve("mirrored/run.json").toFile());
    assertEquals(0, run.get("requests").asInt());
    assertEquals(arxiv.ids().size(), run.get("mirror").get("answers").asInt());
    assertTrue(JSON.readTree(dir.resolve("api/run.json").toFile()).get("mirror").isNull());
  }

  private static String before(String text, String marker) {
    int at = text.indexOf(marker);
    return at < 0 ? text : text.substring(0, at);
  }

  /** papers.csv is the same, but for when the answer was fetched. */
  private void assertSamePapers() throws Exception {
    List<CSVRecord> api = csv("api", "papers.csv");
    List<CSVRecord> mirrored = csv("mirrored", "papers.csv");
    assertEquals(api.size(), mirrored.size());
    for (int i = 0; i < api.size(); i++) {
      Map<String, String> a = new HashMap<>(api.get(i).toMap());
      Map<String, String> m = new HashMap<>(mirrored.get(i).toMap());
      a.remove("fetched_at");
      m.remove("fetched_at");
      assertEquals(a, m);
    }
  }
}
