package org.arxivenrich.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Imports of the real snapshot lines in src/test/resources/mirror, packed every way arXiv's is. */
class SnapshotImporterTest {
  @TempDir Path dir;

  private static List<String> realLines() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String name : List.of("snapshot-head-200.jsonl",
        "snapshot-6-mixed-old-style-withdrawn.jsonl",
        "snapshot-line-hep-th-9608091-affiliations.json")) {
      lines.addAll(Files.readAllLines(Path.of(SnapshotImporterTest.class
          .getResource("/mirror/" + name).toURI())));
    }
    return lines;
  }

  /** The real files repeat a few papers: the mirror holds each once. */
  private static long distinctIds() throws Exception {
    return realLines().stream().map(l -> SnapshotLine.parse(l).id()).distinct().count();
  }

  private Path write(String name, List<String> lines) throws Exception {
    Path file = dir.resolve(name);
    byte[] bytes = (String.join("\n", lines) + "\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (OutputStream raw = Files.newOutputStream(file)) {
      if (name.endsWith(".gz")) {
        try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
          gz.write(bytes);
        }
      } else if (name.endsWith(".zip")) {
        try (ZipOutputStream zip = new ZipOutputStream(raw)) {
          zip.putNextEntry(new ZipEntry("arxiv-metadata-oai-snapshot.json"));
          zip.write(bytes);
        }
      } else {
        raw.write(bytes);
      }
    }
    return file;
  }

  @ParameterizedTest
  @ValueSource(strings = {"snapshot.json", "snapshot.json.gz", "snapshot.zip"})
  void load_realLinesWithBadOnes_storesEveryPaperAndCountsTheBadLines(String name)
      throws Exception {
    List<String> lines = new ArrayList<>(realLines());
    lines.add(3, "{\"id\": \"0704.9999\", \"title\": \"no versions\"}");
    lines.add(50, "not json at all");
    lines.add(51, "");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      SnapshotImporter.Result r = new SnapshotImporter(store).load(write(name, lines));
      assertEquals(2, r.bad());
      assertEquals(realLines().size(), r.papers());
      assertEquals(distinctIds(), store.records());
      Map<ArxivId, Paper> found = store.papers(List.of(ArxivId.parse("0801.0495"),
          ArxivId.parse("hep-th/9608091"), ArxivId.parse("0704.0001"),
          ArxivId.parse("2501.00001")));
      assertEquals(3, found.size());
      assertEquals(3, found.get(ArxivId.parse("0801.0495")).versionDates().size());
      assertTrue(store.newestDatestamp().isPresent());
    }
  }

  @Test
  void load_inSmallBatches_writesEveryBatchWhileParsingTheNext() throws Exception {
    List<String> lines = new ArrayList<>(realLines());
    lines.add(10, "not json at all");
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      SnapshotImporter.Result r = new SnapshotImporter(store, 7).load(write("s.json", lines));
      assertEquals(1, r.bad());
      assertEquals(realLines().size(), r.papers());
      assertEquals(distinctIds(), store.records());
      Paper last = SnapshotLine.parse(lines.get(lines.size() - 1));
      assertEquals(last.title(), store.papers(List.of(last.id())).get(last.id()).title());
    }
  }

  @Test
  void load_intoAMirrorThatCannotBeWritten_throwsTheWriteFailure() throws Exception {
    Path file = write("s.json", realLines());
    MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"));
    store.close();
    assertThrows(IOException.class, () -> new SnapshotImporter(store, 7).load(file));
  }

  @Test
  void load_sameSnapshotTwice_replacesRowsAndKeepsTheIndexInStep() throws Exception {
    Path file = write("s.json", realLines());
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      new SnapshotImporter(store).load(file);
      new SnapshotImporter(store).load(file);
      assertEquals(distinctIds(), store.records());
      Paper p = store.papers(List.of(ArxivId.parse("0704.0001"))).get(ArxivId.parse("0704.0001"));
      List<Paper> hits = store.searchTitle(p.title(), 5);
      assertEquals(p.id(), hits.get(0).id());
      assertEquals(1, hits.stream().filter(h -> h.id().equals(p.id())).count());
    }
  }

  @Test
  void put_olderRecordThanTheOneHeld_isSkipped() throws Exception {
    Paper p = SnapshotLine.parse(realLines().get(0));
    try (MirrorStore store = MirrorStore.open(dir.resolve("m.sqlite"))) {
      store.put(List.of(new MirrorRecord(p, LocalDate.parse("2026-11-01"))), Map.of());
      Paper old = new Paper(p.id(), 1, "An old title", "", p.authors(), p.published(),
          p.published(), p.primaryCategory(), p.categories(), p.comment(), p.journalRef(),
          p.doi(), p.absUrl(), p.pdfUrl(), List.of(p.published()));
      store.put(List.of(new MirrorRecord(old, LocalDate.parse("2020-01-01"))), Map.of());
      assertEquals(p.title(), store.papers(List.of(p.id())).get(p.id()).title());
      assertEquals(LocalDate.parse("2026-11-01"), store.newestDatestamp().orElseThrow());
      assertTrue(store.searchTitle("An old title", 5).stream()
          .noneMatch(h -> h.title().equals("An old title")));
    }
  }
}
