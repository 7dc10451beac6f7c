package org.arxivenrich.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The promise that a staging folder is complete and checked and must be published: it exists in
 * the output folder from before the first file is moved until after the last, so a run that finds
 * it left behind knows to finish the moves (a redo log, as databases keep). It is written to a
 * temporary name, forced to disk and renamed, so under its own name it is never half written.
 *
 * @param staging the staging folder's name inside the output folder
 * @param files the names of the files to move from it into the output folder
 */
record PublishJournal(String staging, List<String> files) {
  static final String NAME = ".publish-journal";
  /** Where the journal is written before its rename; left behind, it promises nothing. */
  static final String TEMP = NAME + ".tmp";
  static final String STAGING_PREFIX = ".staging-";
  private static final String HEADER = "arxiv-enrich publish journal 1";
  private static final String END = "end";

  PublishJournal {
    files = List.copyOf(files);
    if (!staging.startsWith(STAGING_PREFIX) || !Publisher.isPlainName(staging.substring(1))) {
      throw new IllegalArgumentException("not a staging folder's name: " + staging);
    }
    for (String f : files) {
      if (!Publisher.isPlainName(f)) {
        throw new IllegalArgumentException("not a published file's name: " + f);
      }
    }
  }

  /** Puts this journal in {@code output} under {@link #NAME}, durably, by {@code mover}. */
  void write(Path output, Mover mover) throws IOException {
    Path temp = output.resolve(TEMP);
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(text().getBytes(StandardCharsets.UTF_8)));
      ch.force(true); // the content is on disk before the name is, so no name shows a torn file
    }
    try {
      mover.move(temp, output.resolve(NAME));
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    syncFolder(output); // the journal's name is on disk before the first file is moved
  }

  private String text() {
    StringBuilder s = new StringBuilder(HEADER).append("\nstaging ").append(staging).append('\n');
    files.forEach(f -> s.append("file ").append(f).append('\n'));
    return s.append(END).append('\n').toString();
  }

  /**
   * The journal in {@code output}, if there is one; throws if it is there but unreadable, which
   * only someone editing it by hand can cause.
   */
  static Optional<PublishJournal> read(Path output) throws IOException {
    Path file = output.resolve(NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    try {
      return Optional.of(parse(lines));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " is not a publish journal this version wrote ("
          + e.getMessage() + "); look at the output folder, then delete it", e);
    }
  }

  private static PublishJournal parse(List<String> lines) {
    int last = lines.size() - 1;
    if (last < 2 || !lines.get(0).equals(HEADER) || !lines.get(last).equals(END)) {
      throw new IllegalArgumentException("no header or no end line");
    }
    List<String> files = new ArrayList<>();
    for (String line : lines.subList(2, last)) {
      files.add(field("file ", line));
    }
    return new PublishJournal(field("staging ", lines.get(1)), files);
  }

  private static String field(String key, String line) {
    if (!line.startsWith(key)) {
      throw new IllegalArgumentException("expected '" + key + "…', found: " + line);
    }
    return line.substring(key.length());
  }

  /** Removes the journal, after making sure the moves it promised are on disk. */
  static void delete(Path output) throws IOException {
    syncFolder(output);
    Files.deleteIfExists(output.resolve(NAME));
    syncFolder(output);
  }

  /** Forces a folder's entries (its renames) to disk, where the system lets a folder be opened. */
  static void syncFolder(Path folder) {
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open a folder this way; its renames are durable when they return.
    }
  }
}
