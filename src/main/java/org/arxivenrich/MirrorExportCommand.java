package org.arxivenrich;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.arxivenrich.spark.MirrorExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mirror export --parquet DIR}: the mirror as the Parquet files the Spark job reads with
 * {@code --metadata} (issue #12). Parquet is written through Spark, whose jars the standalone
 * jar leaves out, so it runs through {@code src/main/spark/run-local.sh}; without Spark it says
 * how, and fails.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes the mirror as Parquet for the Spark job's --metadata. Needs Spark's "
        + "jars: run it as src/main/spark/run-local.sh mirror export --parquet DIR.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:failed, or run without Spark's jars", "2:usage error"})
final class MirrorExportCommand implements Callable<Integer> {
  private static final String SPARK = "org.apache.spark.sql.SparkSession";

  @Option(names = "--parquet", required = true, paramLabel = "DIR",
      description = "Folder or URI to write the export to; what it held is replaced.")
  String parquet;

  @CommandLine.Mixin
  MirrorCommand.MirrorFile mirror = new MirrorCommand.MirrorFile();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(mirror.file)) {
      err.println("arxiv-enrich mirror export: no mirror at " + mirror.file);
      return Main.FAILED;
    }
    if (!sparkPresent()) {
      err.println("arxiv-enrich mirror export: Parquet is written through Spark, which this jar "
          + "leaves out. Run: src/main/spark/run-local.sh mirror export --parquet " + parquet
          + " --mirror " + mirror.file);
      return Main.FAILED;
    }
    try {
      long papers = MirrorExport.export(mirror.file, parquet);
      spec.commandLine().getOut().printf("%d papers exported to %s%n", papers, parquet);
      return Main.DONE;
    } catch (Exception e) {
      err.println("arxiv-enrich mirror export: " + e);
      return Main.FAILED;
    }
  }

  private static boolean sparkPresent() {
    try {
      Class.forName(SPARK, false, MirrorExportCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
