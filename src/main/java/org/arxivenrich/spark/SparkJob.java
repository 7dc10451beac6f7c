package org.arxivenrich.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.arxivenrich.dataset.Tables;

/**
 * The Spark job's stage order, run by the driver: read the articles, extract their mentions,
 * join them with the metadata (by ID, and by normalized title for suggestions), reconcile, and
 * write both tables. The work itself is the standalone stages', run on the executors.
 */
final class SparkJob {
  /** Where the articles are and how they are stored, where the metadata is, where to write. */
  record Settings(String input, boolean warc, String metadata, String output) {}

  /** What a run came to, for the summary line and the exit code. */
  record Result(long articles, long skipped, long mentions, long papers, long unresolved,
      long badMetadataLines) {
    String summary() {
      return String.format("%d articles (%d skipped), %d mentions, %d papers, %d unresolved"
          + "; %d metadata lines not read", articles, skipped, mentions, papers, unresolved,
          badMetadataLines);
    }
  }

  private final SparkSession spark;

  SparkJob(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Runs the job. Every dataset used more than once is persisted (metadata: two joins;
   * reconciled mentions: sorted, and grouped into papers; each table: two writes and counts),
   * or Spark would recompute it, parsing the metadata and extracting the articles again.
   */
  Result run(Settings settings) throws IOException {
    LongAccumulator bad = spark.sparkContext().longAccumulator("metadata lines not read");
    Dataset<Row> articles = settings.warc() ? ArticleSource.warc(spark, settings.input())
        : ArticleSource.files(spark, settings.input());
    Dataset<Row> extracted = persist(articles.mapPartitions(new ArticleExtraction(),
        Encoders.row(ArticleExtraction.SCHEMA)));
    Dataset<Row> metadata = persist(MetadataSource.read(spark, settings.metadata(), bad));
    Dataset<Row> reconciled = persist(reconcile(extracted, metadata));
    Dataset<Row> mentions = persist(reconciled.orderBy("article", "line", "column",
        "matched_text"));
    Dataset<Row> papers = persist(papers(reconciled));
    TableOutput output = new TableOutput(spark, settings.output());
    output.write("mentions", Tables.MENTION_COLUMNS, mentions);
    output.write("papers", Tables.PAPER_COLUMNS, papers);
    output.writeSchemas();
    Result result = result(extracted, mentions, papers, bad);
    for (Dataset<Row> d : List.of(papers, mentions, reconciled, metadata, extracted)) {
      d.unpersist();
    }
    return result;
  }

  private static Result result(Dataset<Row> extracted, Dataset<Row> mentions,
      Dataset<Row> papers, LongAccumulator bad) {
    Row read = extracted.agg(countIf(col("first").and(col("skipped").isNull())),
        countIf(col("skipped").isNotNull())).first();
    Row found = mentions.agg(count(lit(1)), countIf(col("status").equalTo("unresolved")))
        .first();
    return new Result(read.getLong(0), read.getLong(1), found.getLong(0), papers.count(),
        found.getLong(1), bad.value());
  }

  private static Column countIf(Column condition) {
    return count(when(condition, lit(1)));
  }

  private static Dataset<Row> persist(Dataset<Row> rows) {
    return rows.persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** Each mention joined with its paper (by ID) and the papers its claimed title names. */
  private static Dataset<Row> reconcile(Dataset<Row> extracted, Dataset<Row> metadata) {
    Dataset<Row> byId = metadata.select(col("arxiv_id").as("meta_id"), col("paper"),
        col("fetched_at")).dropDuplicates("meta_id");
    Dataset<Row> byTitle = metadata.groupBy(col("title_key").as("meta_title"))
        .agg(collect_list("paper").as("candidates"));
    return extracted.filter(col("mention").isNotNull())
        .join(byId, col("arxiv_id").equalTo(col("meta_id")), "left")
        .join(byTitle, col("title_key").equalTo(col("meta_title")), "left")
        .mapPartitions(new MentionReconciliation(),
            Encoders.row(MentionReconciliation.SCHEMA));
  }

  /** One row per distinct ID mentioned: its mentions counted, their articles, its paper. */
  private static Dataset<Row> papers(Dataset<Row> mentions) {
    return mentions.filter(col("paper_id").isNotNull()).groupBy("paper_id")
        .agg(count(lit(1)).as("mention_count"), sort_array(collect_set("article")).as("articles"),
            first("paper", true).as("paper"), first("fetched_at", true).as("fetched_at"))
        .mapPartitions(new PaperRows(), Encoders.row(PaperRows.SCHEMA))
        .orderBy("arxiv_id");
  }
}
