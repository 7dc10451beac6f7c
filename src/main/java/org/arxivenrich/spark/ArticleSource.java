package org.arxivenrich.spark;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.arxivenrich.article.ArticleReader;

/**
 * The articles to read, as rows of {@code article} (its name) and {@code content} (its bytes):
 * the files below a folder or URI, named by their path relative to it as the standalone job
 * names them, or the records of WARC/WET files, named by their target URI.
 */
final class ArticleSource {
  static final StructType SCHEMA = new StructType()
      .add("article", DataTypes.StringType, false)
      .add("content", DataTypes.BinaryType, false);

  private ArticleSource() {}

  /**
   * Every article file below {@code input}, read with Spark's {@code binaryFile} source (fast on
   * many small files, unlike {@code wholeTextFiles}); hidden files and a top-level README.md are
   * left out as the standalone job leaves them out.
   */
  static Dataset<Row> files(SparkSession spark, String input) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    String prefix = fs.makeQualified(root).toString().replaceAll("/+$", "") + "/";
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
        .select("path", "content")
        .map((MapFunction<Row, Row>) r -> RowFactory.create(
            relative(r.getString(0), prefix), r.get(1)), Encoders.row(SCHEMA))
        .filter((FilterFunction<Row>) r -> ArticleReader.isArticle(r.getString(0)));
  }

  private static String relative(String path, String prefix) {
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
  }

  /** Every article in the WARC or WET files at {@code input} (a file, folder or glob). */
  static Dataset<Row> warc(SparkSession spark, String input) {
    JavaRDD<Row> records = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .binaryFiles(input).flatMap(new WarcArticles());
    return spark.createDataFrame(records, SCHEMA);
  }
}
