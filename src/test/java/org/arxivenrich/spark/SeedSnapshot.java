package org.arxivenrich.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mirror.SnapshotLine;
import org.arxivenrich.reconcile.SeedPapers;

/**
 * The 81 seed papers (src/test/resources/arxiv/seed-papers.tsv) written in the format of arXiv's
 * metadata snapshot, one JSON line each. The seed knows v1's and the latest version's dates;
 * versions between them are dated as the latest.
 */
final class SeedSnapshot {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SeedSnapshot() {}

  /** Writes the snapshot to {@code file} and returns it. */
  static Path write(Path file) throws IOException {
    List<String> lines = SeedPapers.all().values().stream().map(SeedSnapshot::line).toList();
    Files.write(file, lines);
    return file;
  }

  /** The papers the snapshot holds, as the mirror's parser reads them back. */
  static List<Paper> papers(Path snapshot) throws IOException {
    return Files.readAllLines(snapshot).stream().map(SnapshotLine::parse).toList();
  }

  static String line(Paper p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", p.id().value());
    n.put("title", p.title());
    n.put("authors", String.join(", ", p.authors().stream().map(Paper.Author::name).toList()));
    n.put("abstract", p.summary());
    n.put("categories", String.join(" ", p.categories()));
    ArrayNode versions = n.putArray("versions");
    for (int v = 1; v <= p.version(); v++) {
      Instant created = v == 1 ? p.published() : p.updated();
      versions.addObject().put("version", "v" + v).put("created",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(created.atZone(ZoneOffset.UTC)));
    }
    return n.toString();
  }
}
