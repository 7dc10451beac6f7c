package org.arxivenrich.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.dataset.Tables;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.reconcile.Reconciler;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.reconcile.TitleSearch;
import org.arxivenrich.resolve.Outcome;

/**
 * Runs on the executors: reconciles a partition's mentions with the standalone
 * {@link Reconciler}, each mention joined beforehand with its paper's metadata (by ID) and with
 * the papers whose normalized title equals its claimed title (the exact title search). A paper
 * the metadata lacks is {@link Outcome.Unresolved}: the API is never asked from a cluster.
 * Each output row is the mentions table's row, its CSV record, and what the papers table needs.
 */
final class MentionReconciliation implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Why a mention of a paper missing from the metadata stays unresolved. */
  static final String NOT_IN_METADATA = "not in the metadata (snapshot or mirror)";

  /** The mentions table's columns, then csv, paper_id, paper and fetched_at. */
  static final StructType SCHEMA = TableSchemas.MENTIONS
      .add("csv", DataTypes.StringType, false)
      .add("paper_id", DataTypes.StringType, true)
      .add("paper", DataTypes.StringType, true)
      .add("fetched_at", DataTypes.StringType, true);

  @Override
  public Iterator<Row> call(Iterator<Row> joined) {
    Joined in = new Joined(new ArrayList<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    joined.forEachRemaining(in::add);
    List<Reconciliation> rows = new Reconciler(TitleSearch.exact(in.byTitle()))
        .reconcile(in.mentions(), in.outcomes());
    List<Map<String, Object>> table = Tables.mentionRows(rows);
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(row(table.get(i), rows.get(i).mention(), in.metadata()));
    }
    return out.iterator();
  }

  /**
   * A partition's mentions with what was joined to them: the outcome and metadata row of each
   * ID, the papers filed under each claimed title's key.
   */
  private record Joined(List<Mention> mentions, Map<ArxivId, Outcome> outcomes,
      Map<ArxivId, Row> metadata, Map<String, List<Paper>> byTitle) {
    void add(Row r) {
      Mention m = RecordCodec.mention(r.getString(r.fieldIndex("mention")));
      mentions.add(m);
      m.arxivId().ifPresent(id -> {
        outcomes.computeIfAbsent(id, k -> outcome(k, r));
        metadata.putIfAbsent(id, r);
      });
      candidates(r).ifPresent(c -> byTitle.putIfAbsent(r.getString(r.fieldIndex("title_key")), c));
    }
  }

  private static Outcome outcome(ArxivId id, Row r) {
    String paper = r.getString(r.fieldIndex("paper"));
    if (paper == null) {
      return new Outcome.Unresolved(id, NOT_IN_METADATA);
    }
    return new Outcome.Found(RecordCodec.paper(paper),
        Instant.parse(r.getString(r.fieldIndex("fetched_at"))));
  }

  private static Optional<List<Paper>> candidates(Row r) {
    int i = r.fieldIndex("candidates");
    if (r.isNullAt(i)) {
      return Optional.empty();
    }
    List<String> json = r.getList(i);
    return Optional.of(json.stream().map(RecordCodec::paper).toList());
  }

  private static Row row(Map<String, Object> row, Mention m, Map<ArxivId, Row> metadata) {
    String csv = Tables.csvRecord(Tables.MENTION_COLUMNS, row);
    if (m.arxivId().isEmpty()) {
      return TableSchemas.row(Tables.MENTION_COLUMNS, row, csv, null, null, null);
    }
    Row meta = metadata.get(m.arxivId().get());
    return TableSchemas.row(Tables.MENTION_COLUMNS, row, csv, m.arxivId().get().value(),
        meta.getString(meta.fieldIndex("paper")), meta.getString(meta.fieldIndex("fetched_at")));
  }
}
