package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelinePublishTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(Path input, Path output) {
    return Main.run(new String[] {"--input", input.toString(), "--output", output.toString(),
        "--cache", dir.resolve("cache/arxiv.sqlite").toString(), "--offline"},
        new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path input() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "GPT-4: https://arxiv.org/abs/2303.08774\n");
    return input;
  }

  @Test
  void run_unresolvedIds_publishesAValidatedDatasetAndExits3() throws Exception {
    Path output = dir.resolve("out");
    assertEquals(Main.UNRESOLVED, run(input(), output), err.toString());
    for (String f : new String[] {"mentions.csv", "papers.json", "run.json", "corrections.md",
        "datapackage.json", "mentions.schema.json"}) {
      assertTrue(Files.isRegularFile(output.resolve(f)), f);
    }
    assertTrue(Files.readString(output.resolve("mentions.csv")).contains(",unresolved,"));
  }

  @Test
  void run_binaryAndEmptyFiles_areSkippedAndReportedInRunJson() throws Exception {
    Path input = input();
    Files.write(input.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(input.resolve("empty.md"), "");
    Path output = dir.resolve("out");
    assertEquals(Main.UNRESOLVED, run(input, output), err.toString());
    JsonNode report = new ObjectMapper().readTree(output.resolve("run.json").toFile());
    assertEquals(1, report.get("articles_read").asInt());
    JsonNode skipped = report.get("skipped_files");
    assertEquals(2, skipped.size(), skipped.toString());
    assertEquals("empty.md", skipped.get(0).get("path").asText());
    assertEquals("image.png", skipped.get(1).get("path").asText());
    assertTrue(skipped.get(1).get("reason").asText().contains("binary"), skipped.toString());
  }

  @Test
  void run_outputCannotBeWritten_exits1SayingWhy() throws Exception {
    Path output = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertEquals(Main.FAILED, run(input(), output));
    assertTrue(err.toString().contains("cannot publish to"), err.toString());
    assertEquals("x", Files.readString(output));
  }
}
