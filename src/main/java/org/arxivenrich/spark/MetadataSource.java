package org.arxivenrich.spark;

import java.io.IOException;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mirror.SnapshotLine;
import org.arxivenrich.reconcile.TitleSearch;

/**
 * The canonical metadata, one row per paper: {@code arxiv_id}, {@code title_key} (the title
 * normalized as the reconciler compares titles), {@code paper} (the {@link Paper} as JSON) and
 * {@code fetched_at} (when the record was taken from arXiv). Read from arXiv's snapshot (JSON
 * Lines, parsed by the mirror's {@link SnapshotLine}; {@code fetched_at} is then the file's
 * modification time) or from a Parquet export of the mirror, which has these columns.
 */
final class MetadataSource {
  static final StructType SCHEMA = new StructType()
      .add("arxiv_id", DataTypes.StringType, false)
      .add("title_key", DataTypes.StringType, false)
      .add("paper", DataTypes.StringType, false)
      .add("fetched_at", DataTypes.StringType, false);

  private MetadataSource() {}

  /** The metadata at {@code path}; snapshot lines that are not a paper count in {@code bad}. */
  static Dataset<Row> read(SparkSession spark, String path, LongAccumulator bad)
      throws IOException {
    if (isParquet(spark, path)) {
      return spark.read().parquet(path).select("arxiv_id", "title_key", "paper", "fetched_at");
    }
    return spark.read().text(path)
        .selectExpr("value", "_metadata.file_modification_time AS modified")
        .mapPartitions(new SnapshotRows(bad), Encoders.row(SCHEMA));
  }

  /** A path ending in {@code .parquet}, or a folder holding Parquet parts, is an export. */
  private static boolean isParquet(SparkSession spark, String path) throws IOException {
    Path p = new Path(path);
    if (p.getName().endsWith(".parquet")) {
      return true;
    }
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(p) || !fs.getFileStatus(p).isDirectory()) {
      return false;
    }
    for (FileStatus child : fs.listStatus(p)) {
      if (child.getPath().getName().endsWith(".parquet")) {
        return true;
      }
    }
    return false;
  }

  /** The row of one paper, as both metadata sources give it. */
  static Row row(Paper paper, String fetchedAt) {
    return RowFactory.create(paper.id().value(), TitleSearch.key(paper.title()),
        RecordCodec.write(paper), fetchedAt);
  }

  /** Parses snapshot lines on the executors; a line that is not a paper is counted, not fatal. */
  private static final class SnapshotRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final LongAccumulator bad;

    SnapshotRows(LongAccumulator bad) {
      this.bad = bad;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) {
      return new FlatIterator<>(lines, line -> {
        if (line.getString(0).isBlank()) {
          return List.of();
        }
        String fetchedAt = ((Timestamp) line.get(1)).toInstant().toString();
        return SnapshotLine.tryParse(line.getString(0)).map(p -> List.of(row(p, fetchedAt)))
            .orElseGet(() -> {
              bad.add(1);
              return List.of();
            });
      });
    }
  }
}
