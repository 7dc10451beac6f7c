package org.arxivenrich.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mirror.MirrorStore;

/**
 * Writes the mirror's papers as the Parquet export that the Spark job's {@code --metadata}
 * reads ({@code mirror export --parquet DIR}, issue #12): the columns of
 * {@link MetadataSource#SCHEMA}, {@code fetched_at} the mirror's newest datestamp (as the
 * standalone job dates a paper from the mirror). Papers go out in chunks, one Parquet part
 * each, so memory holds one chunk, not the mirror.
 */
public final class MirrorExport {
  /** Papers per Parquet part: about 100 MB of rows in memory at a time. */
  private static final int CHUNK = 50_000;

  private final SparkSession spark;
  private final String parquet;
  private final List<Row> chunk = new ArrayList<>();
  private SaveMode mode = SaveMode.Overwrite;
  private long written;

  private MirrorExport(SparkSession spark, String parquet) {
    this.spark = spark;
    this.parquet = parquet;
  }

  /** Exports the mirror at {@code mirror} to the folder {@code parquet}; returns the papers. */
  public static long export(Path mirror, String parquet) throws IOException {
    SparkSession.Builder builder = SparkSession.builder().appName("arxiv-enrich mirror export");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      return export(spark, mirror, parquet);
    } finally {
      spark.stop();
    }
  }

  /** Exports with a running session (the tests'). */
  static long export(SparkSession spark, Path mirror, String parquet) throws IOException {
    try (MirrorStore store = MirrorStore.open(mirror)) {
      String fetchedAt = store.newestDatestamp().orElse(LocalDate.EPOCH)
          .atStartOfDay(ZoneOffset.UTC).toInstant().toString();
      MirrorExport export = new MirrorExport(spark, parquet);
      store.forEachPaper(p -> export.add(p, fetchedAt));
      export.flush();
      return export.written;
    }
  }

  private void add(Paper paper, String fetchedAt) {
    chunk.add(MetadataSource.row(paper, fetchedAt));
    if (chunk.size() == CHUNK) {
      flush();
    }
  }

  /** Writes the chunk as one part; the first write replaces what the folder held. */
  private void flush() {
    if (chunk.isEmpty() && mode == SaveMode.Append) {
      return;
    }
    spark.createDataFrame(chunk, MetadataSource.SCHEMA).coalesce(1).write().mode(mode)
        .parquet(parquet);
    written += chunk.size();
    chunk.clear();
    mode = SaveMode.Append;
  }
}
