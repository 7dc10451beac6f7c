package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        "--offline"}, new PrintWriter(out, true), new PrintWriter(err, true));
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
  void run_outputCannotBeWritten_exits1SayingWhy() throws Exception {
    Path output = Files.writeString(dir.resolve("not-a-folder"), "x");
    assertEquals(Main.FAILED, run(input(), output));
    assertTrue(err.toString().contains("cannot publish to"), err.toString());
    assertEquals("x", Files.readString(output));
  }
}
