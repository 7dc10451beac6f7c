package org.arxivenrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void exampleConfig_namesOnlyRealOptions() throws Exception {
    ConfigFile.load(Path.of("src/main/deploy/arxiv-enrich.properties"), spec);
  }

  @Test
  void firstScreen_stillShowsTheTwoCommands() throws Exception {
    List<String> top = Files.readAllLines(Path.of("README.md")).subList(0, 20);
    assertTrue(top.stream().anyMatch(l -> l.startsWith("mvn -q -DskipTests package && java -jar")));
    assertTrue(top.stream().anyMatch(l -> l.startsWith("mvn -B verify")));
  }
}
