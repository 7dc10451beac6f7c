package org.arxivenrich.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.arxivenrich.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's front door (issue #12): parses the command line, starts or joins the Spark
 * session ({@code spark-submit} sets the master; alone it runs in {@code local[*]}), runs the
 * {@link SparkJob} and exits. Exit codes as the standalone job's: 0 done, 1 failed, 2 usage,
 * 3 done but some mentions unresolved (their papers are missing from the metadata).
 */
@Command(name = "SparkEnrich", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = SparkEnrich.Version.class,
    description = "Finds every arXiv mention in a corpus on Spark, reconciles it with arXiv's "
        + "bulk metadata (never the API), and writes mentions and papers as Parquet and CSV.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the job failed", "2:usage error",
        "3:done, but some mentions stayed unresolved (missing from the metadata)"})
public final class SparkEnrich implements Callable<Integer> {
  static final int DONE = 0;
  static final int FAILED = 1;
  static final int UNRESOLVED = 3;

  /** How the articles under {@code --input} are stored. */
  enum InputFormat { files, warc }

  /** Where {@code mirror export --parquet} writes by default, and so where this job reads. */
  static final String DEFAULT_METADATA = "cache/mirror-parquet";

  @Option(names = "--input", defaultValue = "input", paramLabel = "PATH",
      description = "Folder or URI of articles, or of WARC/WET files with --input-format warc "
          + "(default: ${DEFAULT-VALUE}).")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "files",
      description = "files (every file is an article) or warc (WARC/WET records; "
          + "default: ${DEFAULT-VALUE}).")
  InputFormat inputFormat;

  @Option(names = "--metadata", defaultValue = DEFAULT_METADATA, paramLabel = "PATH",
      description = "arXiv's metadata snapshot (JSON Lines, optionally gzipped), "
          + "or a Parquet export of the mirror (mirror export --parquet DIR; "
          + "default: ${DEFAULT-VALUE}).")
  String metadata;

  @Option(names = "--output", defaultValue = "target/spark-output", paramLabel = "PATH",
      description = "Folder or URI to write mentions and papers to (Parquet and CSV; "
          + "default: ${DEFAULT-VALUE}).")
  String output;

  private final PrintWriter out;
  private final PrintWriter err;

  SparkEnrich(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; output goes to the writers given. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return new CommandLine(new SparkEnrich(out, err)).setOut(out).setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public Integer call() {
    if (!metadata.contains("://") && !Files.exists(Path.of(metadata))) {
      err.println("arxiv-enrich on Spark: no --metadata at " + metadata + ": give arXiv's "
          + "snapshot, or export the mirror first: src/main/spark/run-local.sh mirror export "
          + "--parquet " + DEFAULT_METADATA);
      return CommandLine.ExitCode.USAGE;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("arxiv-enrich");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      SparkJob.Result result = new SparkJob(spark).run(new SparkJob.Settings(input,
          inputFormat == InputFormat.warc, metadata, output));
      out.println(result.summary());
      return result.unresolved() > 0 ? UNRESOLVED : DONE;
    } catch (Exception e) {
      err.println("arxiv-enrich on Spark failed: " + e);
      return FAILED;
    } finally {
      spark.stop();
    }
  }

  /** The version the standalone job reports. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"arxiv-enrich " + Pipeline.version() + " (Spark job)"};
    }
  }
}
