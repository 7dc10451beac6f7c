package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Option defaults from a config file, flags over them, and the logging flags. */
class ConfigFileTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path config(String text) throws Exception {
    return Files.writeString(dir.resolve("job.properties"), text);
  }

  @Test
  void configValue_isUsedWhenNoFlagIsGiven() throws Exception {
    Path file = config("input=" + dir.resolve("from-config").toString().replace("\\", "/")
        + "\noffline=true\n");
    assertEquals(Main.FAILED, run("--config", file.toString()));
    assertTrue(err.toString().contains("input folder not found: " + dir.resolve("from-config")),
        err.toString());
  }

  @Test
  void flag_winsOverTheConfigFile() throws Exception {
    Path file = config("batch-size=0\n");
    assertEquals(Main.USAGE, run("--config=" + file, "--input", dir.resolve("x").toString()));
    assertTrue(err.toString().contains("batch size must be 1..500: 0"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(Main.FAILED, run("--config=" + file, "--batch-size", "50",
        "--input", dir.resolve("x").toString()));
    assertTrue(err.toString().contains("input folder not found"), err.toString());
  }

  @Test
  void unknownKey_isAUsageErrorNamingIt() throws Exception {
    Path file = config("batchsize=50\n");
    assertEquals(Main.USAGE, run("--config", file.toString()));
    assertTrue(err.toString().contains("'batchsize' is not an option"), err.toString());
    assertTrue(err.toString().contains("batch-size"), "lists the known keys: " + err);
  }

  @Test
  void namedConfigFileMissing_isAUsageError() {
    assertEquals(Main.USAGE, run("--config", dir.resolve("absent.properties").toString()));
    assertTrue(err.toString().contains("config file not found"), err.toString());
  }

  @Test
  void quietAndVerboseTogether_isAUsageError() {
    assertEquals(Main.USAGE, run("--quiet", "--verbose"));
  }

  @Test
  void verboseThenQuiet_setOurLogLevelEachRun() throws Exception {
    Logger ours = (Logger) LoggerFactory.getLogger("org.arxivenrich");
    Path input = Files.createDirectories(dir.resolve("in"));
    String[] common = {"--input", input.toString(), "--output", dir.resolve("out").toString(),
        "--cache", dir.resolve("c/c.sqlite").toString(), "--offline"};
    run(concat(common, "--verbose"));
    assertEquals(Level.DEBUG, ours.getLevel());
    out.getBuffer().setLength(0);
    assertEquals(Main.DONE, run(concat(common, "--quiet")));
    assertEquals(Level.WARN, ours.getLevel());
    assertEquals("", out.toString(), "quiet prints no summary");
    run(common);
    assertEquals(Level.INFO, ours.getLevel());
  }

  private static String[] concat(String[] a, String b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + 1);
    all[a.length] = b;
    return all;
  }
}
