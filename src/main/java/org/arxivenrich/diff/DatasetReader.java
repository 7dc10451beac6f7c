package org.arxivenrich.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Reads a dataset's {@code mentions.json} and {@code papers.json} (or their {@code .gz} snapshots)
 * into {@link Dataset} rows. Throws {@link IOException} naming the file when one cannot be read:
 * a dataset without mentions cannot be compared.
 */
public final class DatasetReader {
  static final String MENTIONS = "mentions.json";
  static final String PAPERS = "papers.json";

  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads a published folder or a history snapshot; {@code papers.json} may be missing. */
  public Dataset read(Path folder) throws IOException {
    Path mentions = find(folder, MENTIONS)
        .orElseThrow(() -> new IOException("no " + MENTIONS + " in " + folder));
    return read(mentions, find(folder, PAPERS));
  }

  /** Reads the two files given; no papers file means no paper rows. */
  Dataset read(Path mentions, Optional<Path> papers) throws IOException {
    List<Map<String, String>> paperRows = papers.isPresent() ? rows(papers.get()) : List.of();
    return new Dataset(rows(mentions), paperRows);
  }

  private static Optional<Path> find(Path folder, String name) {
    for (String candidate : new String[] {name, name + ".gz"}) {
      if (Files.isRegularFile(folder.resolve(candidate))) {
        return Optional.of(folder.resolve(candidate));
      }
    }
    return Optional.empty();
  }

  private List<Map<String, String>> rows(Path file) throws IOException {
    JsonNode root;
    try (InputStream in = open(file)) {
      root = mapper.readTree(in);
    } catch (IOException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    JsonNode array = rowArray(root).orElseThrow(
        () -> new IOException(file + " holds no array of rows"));
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode node : array) {
      if (!node.isObject()) {
        throw new IOException(file + ": row " + (rows.size() + 1) + " is not an object");
      }
      rows.add(row(node));
    }
    return rows;
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  /** The rows are the top-level array, or the one array inside a top-level object. */
  private static Optional<JsonNode> rowArray(JsonNode root) {
    if (root == null || root.isArray()) {
      return Optional.ofNullable(root);
    }
    List<JsonNode> arrays = new ArrayList<>();
    root.elements().forEachRemaining(n -> {
      if (n.isArray()) {
        arrays.add(n);
      }
    });
    return arrays.size() == 1 ? Optional.of(arrays.get(0)) : Optional.empty();
  }

  private static Map<String, String> row(JsonNode node) {
    Map<String, String> row = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode v = field.getValue();
      // Scalars as their text, so 3 and "3" compare equal; lists as JSON text, compared whole.
      row.put(field.getKey(), v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString());
    }
    return row;
  }
}
