package org.arxivenrich.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.arxivenrich.dataset.Tables;

/**
 * Writes one table to the output folder (any Hadoop file system) twice: as Parquet, a folder of
 * parts with typed columns ({@code mentions.parquet/}), and as the standalone job's CSV file
 * ({@code mentions.csv}), whose records the executors formatted; Spark writes them in parts,
 * in order, and the driver joins the parts behind one header. Then the schema files.
 */
final class TableOutput {
  private static final String CRLF = "\r\n";
  /** Spark leaves folders starting with an underscore out when it reads the output back. */
  private static final String PARTS = "_csv-parts";

  private final Path output;
  private final FileSystem fs;

  TableOutput(SparkSession spark, String output) throws IOException {
    this.output = new Path(output);
    this.fs = this.output.getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  /** Writes {@code rows} (sorted; the table's columns, then {@code csv}) as {@code name}. */
  void write(String name, List<String> columns, Dataset<Row> rows) throws IOException {
    rows.select(columns.stream().map(rows::col).toArray(org.apache.spark.sql.Column[]::new))
        .write().mode(SaveMode.Overwrite).parquet(child(name + ".parquet").toString());
    Path parts = new Path(child(PARTS), name);
    rows.select("csv").write().mode(SaveMode.Overwrite).option("lineSep", CRLF)
        .text(parts.toString());
    join(parts, child(name + ".csv"), String.join(",", columns));
    fs.delete(child(PARTS), true);
  }

  /** Copies the schema files that describe the tables beside them. */
  void writeSchemas() throws IOException {
    for (String schema : Tables.TABLE_SCHEMAS) {
      try (InputStream in = Tables.schema(schema);
          OutputStream out = fs.create(child(schema), true)) {
        in.transferTo(out);
      }
    }
  }

  private void join(Path parts, Path csv, String header) throws IOException {
    FileStatus[] files = fs.listStatus(parts, p -> p.getName().startsWith("part-"));
    Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
    try (FSDataOutputStream out = fs.create(csv, true)) {
      out.write((header + CRLF).getBytes(StandardCharsets.UTF_8));
      for (FileStatus part : files) {
        try (InputStream in = fs.open(part.getPath())) {
          in.transferTo(out);
        }
      }
    }
  }

  private Path child(String name) {
    return new Path(output, name);
  }
}
