package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void unknownOption_isUsageError() {
    assertEquals(Main.USAGE, run("--no-such-option"));
    assertTrue(err.toString().contains("--no-such-option"), err.toString());
  }

  @Test
  void badDuration_isUsageErrorNamingTheValue() {
    assertEquals(Main.USAGE, run("--min-interval", "soon"));
    assertTrue(err.toString().contains("soon"), err.toString());
  }

  @Test
  void batchSizeOutOfRange_isUsageError() {
    assertEquals(Main.USAGE, run("--batch-size", "0"));
  }

  @Test
  void help_listsEveryContractOption() {
    assertEquals(Main.DONE, run("--help"));
    for (String option : new String[] {
        "--input", "--output", "--cache", "--api-url", "--offline"}) {
      assertTrue(out.toString().contains(option), option);
    }
  }

  @Test
  void missingInputFolder_failsWithNothingPublished(@TempDir Path dir) {
    Path output = dir.resolve("out");
    assertEquals(Main.FAILED, run("--input", dir.resolve("absent").toString(),
        "--output", output.toString(), "--offline"));
    assertTrue(err.toString().contains("input folder not found"), err.toString());
    assertTrue(!output.toFile().exists());
  }
}
