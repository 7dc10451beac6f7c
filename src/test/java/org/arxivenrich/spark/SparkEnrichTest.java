package org.arxivenrich.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The Spark job's front door: usage errors exit 2 before any Spark starts; README keeps up. */
class SparkEnrichTest {

  @Test
  void run_withMetadataMissingFromDisk_isAUsageErrorSayingHowToMakeIt() {
    StringWriter err = new StringWriter();
    int code = SparkEnrich.run(new String[] {"--input", "in", "--output", "out", "--metadata",
        "target/no-such-export"}, new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true));
    assertEquals(2, code);
    assertTrue(err.toString().contains("no --metadata at target/no-such-export"), err.toString());
    assertTrue(err.toString().contains("mirror export --parquet"), err.toString());
  }

  @Test
  void run_withAnUnknownInputFormat_isAUsageError() {
    int code = SparkEnrich.run(new String[] {"--input", "in", "--input-format", "zip",
        "--metadata", "m", "--output", "out"}, new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true));
    assertEquals(2, code);
  }

  @Test
  void readme_documentsEveryOption() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    CommandLine cli = new CommandLine(new SparkEnrich(null, null));
    for (CommandLine.Model.OptionSpec o : cli.getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        assertTrue(readme.contains("| `" + o.longestName() + " "), "README documents "
            + o.longestName());
      }
    }
  }
}
