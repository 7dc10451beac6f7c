package org.arxivenrich.spark;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.arxivenrich.dataset.Tables;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.resolve.Outcome;

/**
 * Runs on the executors: one papers-table row per distinct ID from its mentions grouped
 * ({@code paper_id}, {@code mention_count}, {@code articles}, {@code paper},
 * {@code fetched_at}), built by the standalone table code; then its CSV record.
 */
final class PaperRows implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA = TableSchemas.PAPERS.add("csv", DataTypes.StringType, false);

  @Override
  public Iterator<Row> call(Iterator<Row> groups) {
    return new FlatIterator<>(groups, g -> List.of(row(g)));
  }

  private static Row row(Row g) {
    ArxivId id = ArxivId.parse(g.getString(0));
    String paper = g.getString(3);
    Outcome outcome = paper == null
        ? new Outcome.Unresolved(id, MentionReconciliation.NOT_IN_METADATA)
        : new Outcome.Found(RecordCodec.paper(paper), Instant.parse(g.getString(4)));
    List<String> articles = g.getList(2);
    Map<String, Object> row = Tables.paperRow(id, outcome, g.getLong(1), articles);
    return TableSchemas.row(Tables.PAPER_COLUMNS, row,
        Tables.csvRecord(Tables.PAPER_COLUMNS, row));
  }
}
