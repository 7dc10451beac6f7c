package org.arxivenrich;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arxivenrich.progress.Display;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The front door: parses the command line, runs the {@link Pipeline}, and is the only class that
 * exits. Exit codes are a contract with the scheduler: 0 done, 1 the run could not complete
 * (nothing published), 2 usage error, 3 done but some mentions stayed unresolved or some look-ups
 * of arXiv were not made, 4 not started
 * because another run holds the lock. Option defaults may come from a properties file
 * ({@link ConfigFile}).
 */
@Command(name = "arxiv-enrich", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class, sortOptions = false,
    subcommands = {DiffCommand.class, MirrorCommand.class},
    description = "Finds every arXiv mention in the articles of an input folder, resolves it "
        + "against the arXiv API, reconciles what the articles claim, and publishes a dataset.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:done",
        "1:the run could not complete; nothing was published",
        "2:usage error",
        "3:done, but some mentions stayed unresolved or some look-ups were not made",
        "4:not started: another run holds the lock on the output or the cache"})
public final class Main implements Callable<Integer> {
  static final int DONE = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;
  static final int UNRESOLVED = 3;
  static final int LOCKED = 4;

  @Option(names = "--input", paramLabel = "DIR", defaultValue = "input",
      description = "Folder of articles to read (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "output",
      description = "Folder the dataset is published to (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--cache", paramLabel = "FILE", defaultValue = "cache/arxiv.sqlite",
      description = "SQLite file that keeps arXiv answers between runs "
          + "(default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--api-url", paramLabel = "URL", defaultValue = "${env:ARXIV_API_URL:-"
      + RunSettings.DEFAULT_API_URL + "}",
      description = "arXiv API endpoint; also ARXIV_API_URL (default: ${DEFAULT-VALUE}).")
  URI apiUrl;

  @Option(names = "--offline",
      description = "Ask nothing of the API: use only the cache, mark the rest unresolved.")
  boolean offline;

  @Option(names = "--refresh", description = "Ignore cached answers and ask the API again.")
  boolean refresh;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
      description = "IDs per API request, 1..500 (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--contact", paramLabel = "EMAIL", defaultValue = RunSettings.DEFAULT_CONTACT,
      description = "Contact sent in the User-Agent (default: ${DEFAULT-VALUE}).")
  String contact;

  @Option(names = "--min-interval", paramLabel = "DURATION", defaultValue = "PT3S",
      converter = DurationConverter.class,
      description = "Least time from the end of one API request to the start of the next, "
          + "for every run on the same cache; as 3s, 500ms or ISO 8601 (default: 3s, arXiv's "
          + "terms of use).")
  Duration minInterval;

  @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "PT30M",
      converter = DurationConverter.class,
      description = "Longest the run spends on the API, waits included; what is left is marked "
          + "unresolved and asked first next run (default: 30m).")
  Duration maxWait;

  @Option(names = "--found-ttl", paramLabel = "DURATION", defaultValue = "P7D",
      converter = DurationConverter.class,
      description = "How long a cached paper is reused (default: 7d).")
  Duration foundTtl;

  @Option(names = "--not-found-ttl", paramLabel = "DURATION", defaultValue = "P1D",
      converter = DurationConverter.class,
      description = "How long a cached 'not found' is reused (default: 1d).")
  Duration notFoundTtl;

  @Option(names = "--mirror", paramLabel = "FILE", defaultValue = MirrorCommand.DEFAULT_MIRROR,
      description = "Local arXiv mirror read before the cache and the API, when the file exists "
          + "(default: ${DEFAULT-VALUE}; set it up with: mirror import, mirror harvest).")
  Path mirror;

  @Option(names = "--mirror-max-age", paramLabel = "DURATION", defaultValue = "P7D",
      converter = DurationConverter.class,
      description = "A mirror older than this is still used, with a warning (default: 7d).")
  Duration mirrorMaxAge;

  @Option(names = "--history", paramLabel = "N", defaultValue = "5",
      description = "How many past runs to keep for diffs (default: ${DEFAULT-VALUE}).")
  int historyKeep;

  @Option(names = "--title-search-budget", paramLabel = "N",
      defaultValue = "" + RunSettings.DEFAULT_TITLE_SEARCH_BUDGET,
      description = "Title searches asked of arXiv per run for papers named without a link; "
          + "the rest are skipped and counted, exit 3 (default: ${DEFAULT-VALUE}).")
  int titleSearchBudget;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Properties file of option defaults, keyed like the options "
          + "(batch-size=50); flags win (default: " + ConfigFile.DEFAULT_NAME
          + " in the working directory, if there).")
  Path config;

  @Option(names = {"-q", "--quiet"}, description = "Log warnings only; no progress, no summary.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Log debug detail too.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code; output goes to the writers given. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    try {
      Optional<Path> config = ConfigFile.locate(args);
      if (config.isPresent()) {
        cli.getCommandSpec().defaultValueProvider(
            ConfigFile.load(config.get(), cli.getCommandSpec()));
      }
    } catch (ConfigFile.ConfigException e) {
      err.println("arxiv-enrich: " + e.getMessage());
      return USAGE;
    }
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (quiet && verbose) {
      err.println("arxiv-enrich: --quiet and --verbose exclude each other");
      return USAGE;
    }
    LogLevel.set(quiet, verbose);
    RunSettings settings;
    try {
      settings = new RunSettings(input, output, cache, apiUrl, offline, refresh, batchSize,
          contact, minInterval, maxWait, foundTtl, notFoundTtl, historyKeep,
          Optional.of(mirror), mirrorMaxAge, titleSearchBudget);
    } catch (IllegalArgumentException e) {
      err.println("arxiv-enrich: " + e.getMessage());
      return USAGE;
    }
    return runPipeline(settings, err);
  }

  /** Runs the pipeline and maps how it ended to the exit code. */
  private int runPipeline(RunSettings settings, PrintWriter err) {
    try {
      Pipeline.Result result = new Pipeline(settings, Display.forThisProcess(quiet),
          Clock.systemUTC()).run();
      if (!quiet) {
        spec.commandLine().getOut().println(result.summary());
      }
      return result.unresolvedMentions() > 0 || result.resolve().lookupsSkipped() > 0
          || result.titleLookupsSkipped() > 0
          ? UNRESOLVED : DONE;
    } catch (RunRefusedException e) {
      err.println("arxiv-enrich: not started: " + e.getMessage());
      return LOCKED;
    } catch (RunFailedException e) {
      err.println("arxiv-enrich: run failed, nothing published: " + e.getMessage());
      return FAILED;
    }
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"arxiv-enrich " + Pipeline.version()};
    }
  }
}
