package org.arxivenrich.mirror;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads arXiv's metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}: JSON Lines, plain,
 * {@code .gz} or {@code .zip}) into a {@link MirrorStore}, streaming: one line in memory at a
 * time, {@value #BATCH} papers per transaction. A line that is not a paper is counted, the first
 * few named with their line number, and skipped: one bad line never stops an import of millions.
 * Lines are parsed on the calling thread while the batch before is written on one writer thread
 * ({@link BatchWriter}), so on two cores the import takes about the longer of the two, not their
 * sum; the mirror's connection is still used by one thread at a time.
 */
public final class SnapshotImporter {
  private static final Logger log = LoggerFactory.getLogger(SnapshotImporter.class);
  static final int BATCH = 5_000;
  private final int batchSize;
  private static final int PROGRESS_EVERY = 250_000;
  private static final int BAD_LINES_NAMED = 10;

  /** What an import read: lines, papers stored, lines skipped as bad. */
  public record Result(long lines, long papers, long bad) {}

  private final MirrorStore store;

  public SnapshotImporter(MirrorStore store) {
    this(store, BATCH);
  }

  SnapshotImporter(MirrorStore store, int batchSize) {
    this.store = store;
    this.batchSize = batchSize;
  }

  /** Imports {@code file}; throws only when it cannot be read or the mirror written. */
  public Result load(Path file) throws IOException {
    try (InputStream in = open(file);
        BufferedReader lines = new BufferedReader(
            new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return load(lines);
    }
  }

  Result load(BufferedReader lines) throws IOException {
    long read = 0;
    long bad = 0;
    try (BatchWriter writer = new BatchWriter(store)) {
      List<MirrorRecord> batch = new ArrayList<>(batchSize);
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        read++;
        Optional<String> problem = line.isBlank() ? Optional.empty() : add(batch, line);
        if (problem.isPresent() && ++bad <= BAD_LINES_NAMED) {
          log.warn("line {}: skipped: {}", read, problem.get());
        }
        if (batch.size() == batchSize) {
          writer.write(batch);
          batch = new ArrayList<>(batchSize);
        }
        if (read % PROGRESS_EVERY == 0) {
          log.info("{} lines read, {} papers stored, {} bad lines", read, writer.written(), bad);
        }
      }
      writer.write(batch);
      long papers = writer.finish();
      log.info("{} lines read; counting the titles' words for the title look-up", read);
      store.refreshTermCounts();
      return new Result(read, papers, bad);
    }
  }

  /** Parses {@code line} into {@code batch}; what is wrong with it when it is not a paper. */
  private static Optional<String> add(List<MirrorRecord> batch, String line) {
    try {
      batch.add(SnapshotLine.record(line));
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The snapshot's bytes, unpacked by the file's name: {@code .gz}, {@code .zip}, or plain. */
  static InputStream open(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    InputStream raw = Files.newInputStream(file);
    try {
      if (name.endsWith(".gz")) {
        return new GZIPInputStream(raw, 1 << 16);
      }
      if (name.endsWith(".zip")) {
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry entry = zip.getNextEntry();
        while (entry != null && entry.isDirectory()) {
          entry = zip.getNextEntry();
        }
        if (entry == null) {
          throw new IOException(file + ": the zip archive holds no file");
        }
        return zip;
      }
      return raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }
}
