package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arxiv-enrich diff OLD NEW} over the hand-made datasets in src/test/resources/diff. */
class DiffCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private static String fixture(String name) throws Exception {
    return Path.of(DiffCommandTest.class.getResource("/diff/" + name).toURI()).toString();
  }

  @Test
  void diff_twoDatasets_printsTheMarkdownCorrectedDatesFirst() throws Exception {
    assertEquals(Main.DONE, run("diff", fixture("before"), fixture("after")), err.toString());
    String md = out.toString();
    assertTrue(md.startsWith("# Changes since " + fixture("before")), md);
    assertTrue(md.indexOf("## Corrected dates: 2 (1 new)") < md.indexOf("## Mentions appeared"));
  }

  @Test
  void diff_withWrite_writesBothFilesAndPrintsNothing(@TempDir Path dir) throws Exception {
    assertEquals(Main.DONE, run("diff", "--write", dir.toString(), fixture("before"),
        fixture("after")), err.toString());
    assertTrue(Files.readString(dir.resolve("diff.json")).contains("\"corrected_dates\""));
    assertTrue(Files.exists(dir.resolve("diff.md")));
    assertEquals("", out.toString());
  }

  @Test
  void diff_unreadableDataset_exitsOneNamingIt(@TempDir Path dir) throws Exception {
    assertEquals(Main.FAILED, run("diff", fixture("before"), dir.toString()));
    assertTrue(err.toString().contains("no mentions.json in " + dir), err.toString());
  }

  @Test
  void diff_missingArgument_isUsageError() throws Exception {
    assertEquals(Main.USAGE, run("diff", fixture("before")));
  }
}
