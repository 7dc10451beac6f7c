package org.arxivenrich;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from a properties file: each key is an option's long name without its dashes
 * ({@code batch-size=50}), each value is what the flag would take. Flags on the command line win,
 * because picocli only falls back to a default provider for options not given. A key that names
 * no option is an error, so a typo cannot be silently ignored.
 */
final class ConfigFile {
  static final String DEFAULT_NAME = "arxiv-enrich.properties";
  private static final Set<String> NOT_CONFIGURABLE = Set.of("help", "version", "config");

  /** A config file that is missing (when named), unreadable, or names an unknown option. */
  static final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
      super(message);
    }
  }

  private ConfigFile() {}

  /**
   * The file {@code --config} names in {@code args}, else {@value #DEFAULT_NAME} in the working
   * directory if it exists. Read before parsing, since the defaults must be known by then.
   */
  static Optional<Path> locate(String[] args) throws ConfigException {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      Optional<String> named = args[i].startsWith("--config=")
          ? Optional.of(args[i].substring("--config=".length()))
          : args[i].equals("--config") && i + 1 < args.length ? Optional.of(args[i + 1])
          : Optional.empty();
      if (named.isPresent()) {
        Path file = Path.of(named.get());
        if (!Files.isRegularFile(file)) {
          throw new ConfigException("config file not found: " + file);
        }
        return Optional.of(file);
      }
    }
    Path fallback = Path.of(DEFAULT_NAME);
    return Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
  }

  /** Loads {@code file} as defaults for the options of {@code spec}. */
  static CommandLine.IDefaultValueProvider load(Path file, CommandSpec spec)
      throws ConfigException {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new TreeMap<>();
    props.stringPropertyNames().forEach(k -> values.put(k.trim(), props.getProperty(k).trim()));
    Set<String> known = keys(spec);
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw new ConfigException(file + ": '" + key + "' is not an option; known keys: "
            + String.join(", ", known));
      }
    }
    return arg -> arg instanceof OptionSpec o ? values.get(key(o)) : null;
  }

  private static Set<String> keys(CommandSpec spec) {
    Set<String> keys = new TreeSet<>();
    spec.options().forEach(o -> keys.add(key(o)));
    keys.removeAll(NOT_CONFIGURABLE);
    return keys;
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }
}
