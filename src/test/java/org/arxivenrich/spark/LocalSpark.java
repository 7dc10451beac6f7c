package org.arxivenrich.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a test class: {@code local[2]}, the driver bound to loopback (not the
 * machine's address), no web UI, few shuffle partitions for a handful of rows.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    return SparkSession.builder().appName("arxiv-enrich-test").master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
