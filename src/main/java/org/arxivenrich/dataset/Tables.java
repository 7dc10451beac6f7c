package org.arxivenrich.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.resolve.Outcome;

/**
 * The published tables' rows, CSV records and schemas, for a writer other than
 * {@link DatasetWriter}: the Spark job (issue #12) writes the same columns, cells and schema
 * files from its executors, so its CSVs are the standalone job's byte for byte.
 */
public final class Tables {
  /** The columns of {@code mentions.csv}, in order. */
  public static final List<String> MENTION_COLUMNS = MentionTable.COLUMNS;
  /** The columns of {@code papers.csv}, in order. */
  public static final List<String> PAPER_COLUMNS = PaperTable.COLUMNS;
  /** The schema files that describe the two tables, shipped under {@code schema/}. */
  public static final List<String> TABLE_SCHEMAS = List.of("datapackage.json",
      "mentions.schema.json", "papers.schema.json");

  private Tables() {}

  /** One mention row per reconciliation, in the given order; {@code null} where none applies. */
  public static List<Map<String, Object>> mentionRows(List<Reconciliation> reconciliations) {
    return MentionTable.rows(reconciliations);
  }

  /** The paper row of {@code id}, from its outcome, its mention count and their articles. */
  public static Map<String, Object> paperRow(ArxivId id, Outcome outcome, long mentionCount,
      Collection<String> articles) {
    return PaperTable.row(id, outcome, mentionCount, articles);
  }

  /** A row as one RFC 4180 record without its line end (CRLF in the published files). */
  public static String csvRecord(List<String> columns, Map<String, Object> row) {
    return TableWriter.csvRecord(columns, row);
  }

  /** A shipped schema file, one of {@link #TABLE_SCHEMAS}; the caller closes it. */
  public static InputStream schema(String name) throws IOException {
    InputStream in = Tables.class.getResourceAsStream("/schema/" + name);
    if (in == null) {
      throw new IOException("schema/" + name + " is missing from the jar");
    }
    return in;
  }

  /** Checks a written table ({@code mentions.csv}, {@code papers.csv}) against datapackage.json. */
  public static void check(String name, Path file) throws DatasetException {
    new SchemaCheck().check(name, file);
  }
}
