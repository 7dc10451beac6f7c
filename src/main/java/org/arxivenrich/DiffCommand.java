package org.arxivenrich;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.arxivenrich.diff.DatasetReader;
import org.arxivenrich.diff.Diff;
import org.arxivenrich.diff.DiffReport;
import org.arxivenrich.diff.Differ;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code arxiv-enrich diff OLD NEW}: compares two published datasets (or history snapshots) and
 * prints {@code diff.md}, or writes {@code diff.md} and {@code diff.json} into a folder.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Compares two published datasets and prints what changed, corrected dates first.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a dataset could not be read", "2:usage error"})
final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier dataset's folder.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later dataset's folder.")
  Path after;

  @Option(names = "--write", paramLabel = "DIR",
      description = "Write diff.md and diff.json into DIR instead of printing diff.md.")
  Path write;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DatasetReader reader = new DatasetReader();
    DiffReport report = new DiffReport();
    try {
      Diff diff = new Differ().compare(reader.read(before), reader.read(after),
          before.toString());
      if (write == null) {
        spec.commandLine().getOut().print(report.markdown(diff));
        spec.commandLine().getOut().flush();
      } else {
        Files.createDirectories(write);
        report.writeJson(diff, write.resolve(DiffReport.JSON));
        report.writeMarkdown(diff, write.resolve(DiffReport.MARKDOWN));
      }
      return Main.DONE;
    } catch (IOException e) {
      err.println("arxiv-enrich diff: " + e.getMessage());
      return Main.FAILED;
    }
  }
}
