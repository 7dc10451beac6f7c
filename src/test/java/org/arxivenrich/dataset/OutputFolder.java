package org.arxivenrich.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** An output folder holding last night's dataset, and tonight's files to publish over it. */
final class OutputFolder {
  /** Last night's files, with files that are not the dataset's and must survive any publish. */
  static final Map<String, String> OLD = Map.of("mentions.csv", "old mentions\n",
      "papers.json", "[\"old papers\"]\n", "notes.txt", "not ours\n",
      ".lock", "pid=1\n", ".history/20261121T020000Z/mentions.json", "[]\n");
  /** Tonight's files, in the order they are staged (and so moved). */
  static final Map<String, String> NEW = newFiles();

  private OutputFolder() {}

  private static Map<String, String> newFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("mentions.csv", "new mentions\n");
    files.put("mentions.json", "[\"new mentions\"]\n");
    files.put("papers.json", "[\"new papers\"]\n");
    files.put("run.json", "{\"night\": 2}\n");
    return files;
  }

  /** Creates {@code output} holding {@link #OLD}. */
  static Path withOldDataset(Path output) throws IOException {
    for (Map.Entry<String, String> f : OLD.entrySet()) {
      Path file = output.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
    }
    return output;
  }

  /** Stages every file of {@link #NEW} in {@code publisher}. */
  static void stageNew(Publisher publisher) throws IOException {
    for (Map.Entry<String, String> f : NEW.entrySet()) {
      Files.writeString(publisher.stage(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** What {@code output} must hold after tonight's publish: the old files, overwritten by new. */
  static Map<String, String> oldThenNew() {
    Map<String, String> all = new TreeMap<>(OLD);
    all.putAll(NEW);
    return all;
  }

  /**
   * Every file under {@code output} by relative path, and every empty folder as {@code "/"}. Read
   * as ISO-8859-1, one char per byte, so equal contents are equal bytes (the fixtures are ASCII).
   */
  static Map<String, String> contents(Path output) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output)) {
      for (Path p : walk.toList()) {
        String name = output.relativize(p).toString().replace('\\', '/');
        if (Files.isRegularFile(p)) {
          all.put(name, Files.readString(p, StandardCharsets.ISO_8859_1));
        } else if (!p.equals(output) && isEmpty(p)) {
          all.put(name, "/");
        }
      }
    }
    return all;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
