package org.arxivenrich;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.arxivenrich.arxiv.SeedArxiv;

/**
 * One run of the job over a folder against the seed stand-in, as the title-mention tests need it
 * (issue #11): the exit code, the rows of {@code mentions.csv}, and what {@code run.json} says.
 */
final class TitleMentionRun {
  final int exit;
  final List<Map<String, String>> rows;
  final String runJson;
  final String err;

  private TitleMentionRun(int exit, List<Map<String, String>> rows, String runJson, String err) {
    this.exit = exit;
    this.rows = rows;
    this.runJson = runJson;
    this.err = err;
  }

  /** Runs over {@code input} into {@code dir}, with {@code extra} flags. */
  static TitleMentionRun over(SeedArxiv arxiv, Path input, Path dir, String... extra)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("--input", input.toString(),
        "--output", dir.resolve("out").toString(),
        "--cache", dir.resolve("cache/arxiv.sqlite").toString(),
        "--api-url", arxiv.apiUrl().toString(), "--min-interval", "0s", "--quiet"));
    args.addAll(List.of(extra));
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    Path out = dir.resolve("out");
    if (!Files.exists(out.resolve("mentions.csv"))) {
      return new TitleMentionRun(exit, List.of(), "", err.toString());
    }
    return new TitleMentionRun(exit, rows(out.resolve("mentions.csv")),
        Files.readString(out.resolve("run.json")), err.toString());
  }

  /** The rows of form {@code title}: papers named without a link. */
  Stream<Map<String, String>> titleRows() {
    return rows.stream().filter(r -> r.get("form").equals("title"));
  }

  private static List<Map<String, String>> rows(Path csv) throws Exception {
    try (Reader in = Files.newBufferedReader(csv)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
          .stream().map(CSVRecord::toMap).toList();
    }
  }
}
