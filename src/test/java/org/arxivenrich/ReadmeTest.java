package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The README and the shipped examples keep up with the options the job really has. */
class ReadmeTest {
  private final CommandSpec spec = new CommandLine(new Main()).getCommandSpec();

  @Test
  void configurationTable_documentsEveryConfigurableOption() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (CommandLine.Model.OptionSpec o : spec.options()) {
      String key = o.longestName().replaceFirst("^-+", "");
      if (!List.of("help", "version", "config").contains(key)) {
        assertTrue(readme.contains("| `" + key + "` |"), "README documents key " + key);
      }
    }
  }

  @Test
  void exampleConfig_namesOnlyRealOptions_andItsValuesAreRead() throws Exception {
    // load throws for a key that names no option
    CommandLine.IDefaultValueProvider defaults =
        ConfigFile.load(Path.of("src/main/deploy/arxiv-enrich.properties"), spec);
    assertEquals("14", defaults.defaultValue(spec.findOption("--history")));
    assertEquals("data-team@example.org", defaults.defaultValue(spec.findOption("--contact")));
  }

  @Test
  void cronExample_isTheShippedCronLine() throws Exception {
    String shipped = Files.readAllLines(Path.of("src/main/deploy/cron/arxiv-enrich.cron"))
        .stream().filter(l -> l.startsWith("30 2 ")).findFirst().orElseThrow();
    assertTrue(Files.readAllLines(Path.of("README.md")).contains(shipped), shipped);
  }

  @Test
  void everyRelativeLink_pointsAtAFileThatExists() throws Exception {
    Matcher link = Pattern.compile("\\]\\(([^)#:]+)\\)").matcher(Files.readString(
        Path.of("README.md")));
    int links = 0;
    while (link.find()) {
      assertTrue(Files.exists(Path.of(link.group(1))), "README links " + link.group(1));
      links++;
    }
    assertTrue(links >= 5, "the deploy examples are linked: " + links);
  }

  @Test
  void firstScreen_stillShowsTheTwoCommands() throws Exception {
    List<String> top = Files.readAllLines(Path.of("README.md")).subList(0, 20);
    assertTrue(top.stream().anyMatch(l -> l.startsWith("mvn -q -DskipTests package && java -jar")));
    assertTrue(top.stream().anyMatch(l -> l.startsWith("mvn -B verify")));
  }
}
