package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An offline run reads every article, skips bad files, and writes every mention with a status. */
class OfflineRunTest {

  @Test
  void offlineRun_writesEveryMentionAndSurvivesBadFiles(@TempDir Path dir) throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.write(input.resolve("big5.txt"),
        "GPT-4論文鏈接:https://arxiv.org/pdf/2303.08774".getBytes(Charset.forName("Big5")));
    Files.writeString(input.resolve("links.md"), "arXiv:1706.03762 and https://arxiv.org/abs/"
        + "2313.01234 and https://example.com/post\n");
    Files.write(input.resolve("broken.bin"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF});
    Files.write(input.resolve("empty.txt"), new byte[0]);
    Path output = dir.resolve("out");
    int code = Main.run(new String[] {"--input", input.toString(), "--output", output.toString(),
        "--cache", dir.resolve("cache.sqlite").toString(), "--offline"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    assertEquals(Main.UNRESOLVED, code);
    List<CSVRecord> rows = read(output.resolve("mentions.csv"));
    assertEquals(4, rows.size(), rows.toString());
    assertEquals(List.of("big5.txt", "1", "11", "2303.08774", "pdf", "GPT-4", "unresolved"),
        columns(rows.get(0), "article", "line", "column", "arxiv_id", "form", "claimed_title",
            "status"));
    assertEquals(List.of("links.md", "1706.03762", "text", "unresolved"),
        columns(rows.get(1), "article", "arxiv_id", "form", "status"));
    assertEquals(List.of("2313.01234", "abs", "invalid_id"),
        columns(rows.get(2), "arxiv_id", "form", "status"));
    assertEquals(List.of("https://example.com/post", "link", "not_arxiv"),
        columns(rows.get(3), "url", "form", "status"));
  }

  private static List<CSVRecord> read(Path csv) throws IOException {
    try (CSVParser parser = CSVParser.parse(csv, StandardCharsets.UTF_8,
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getRecords();
    }
  }

  private static List<String> columns(CSVRecord row, String... names) {
    return Stream.of(names).map(row::get).toList();
  }
}
