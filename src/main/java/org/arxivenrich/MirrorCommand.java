package org.arxivenrich;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.mirror.Harvester;
import org.arxivenrich.mirror.MirrorAge;
import org.arxivenrich.mirror.MirrorStore;
import org.arxivenrich.mirror.SnapshotImporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code arxiv-enrich mirror import|harvest|status}: sets up and keeps current the local arXiv
 * mirror the main run reads before it asks the API (issue #10). Exit codes: 0 done, 1 failed,
 * 2 usage.
 */
@Command(name = "mirror", mixinStandardHelpOptions = true,
    description = "Keeps a local copy of arXiv's metadata: import the snapshot once, harvest "
        + "OAI-PMH before each run.",
    subcommands = {MirrorCommand.Import.class, MirrorCommand.Harvest.class,
        MirrorCommand.Status.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:failed", "2:usage error"})
final class MirrorCommand implements Callable<Integer> {
  static final String DEFAULT_MIRROR = "cache/mirror.sqlite";
  static final String DEFAULT_OAI_URL = "https://oaipmh.arxiv.org/oai";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }

  /** The option every subcommand shares. */
  static final class MirrorFile {
    @Option(names = "--mirror", paramLabel = "FILE", defaultValue = DEFAULT_MIRROR,
        description = "The mirror's SQLite file (default: ${DEFAULT-VALUE}).")
    Path file;
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Loads arXiv's metadata snapshot (arxiv-metadata-oai-snapshot.json: JSON "
          + "Lines, plain, .gz or .zip) into the mirror; bad lines are counted and skipped.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "1:failed", "2:usage error"})
  static final class Import implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    Path snapshot;

    @CommandLine.Mixin
    MirrorFile mirror = new MirrorFile();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isRegularFile(snapshot)) {
        err.println("arxiv-enrich mirror import: no such file: " + snapshot);
        return Main.FAILED;
      }
      long start = System.nanoTime();
      try (MirrorStore store = MirrorStore.open(mirror.file)) {
        SnapshotImporter.Result r = new SnapshotImporter(store).load(snapshot);
        spec.commandLine().getOut().printf("%d lines, %d papers imported, %d bad lines skipped "
            + "in %d s; %s%n", r.lines(), r.papers(), r.bad(),
            Duration.ofNanos(System.nanoTime() - start).toSeconds(), mirror.file);
        return Main.DONE;
      } catch (IOException e) {
        err.println("arxiv-enrich mirror import: " + e.getMessage());
        return Main.FAILED;
      }
    }
  }

  @Command(name = "harvest", mixinStandardHelpOptions = true,
      description = "Brings the mirror up to date from arXiv's OAI-PMH (arXivRaw), from the "
          + "newest datestamp it holds; resumes an interrupted harvest.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done (also: nothing new)", "1:failed", "2:usage error",
          "4:not started: a run holds the lock on the cache"})
  static final class Harvest implements Callable<Integer> {
    @Option(names = "--oai-url", paramLabel = "URL", defaultValue = DEFAULT_OAI_URL,
        description = "arXiv's OAI-PMH endpoint (default: ${DEFAULT-VALUE}).")
    URI oaiUrl;

    @Option(names = "--from", paramLabel = "DATE",
        description = "Harvest records changed on or after DATE (YYYY-MM-DD) instead of from "
            + "the newest datestamp held.")
    LocalDate from;

    @Option(names = "--contact", paramLabel = "EMAIL", defaultValue = RunSettings.DEFAULT_CONTACT,
        description = "Contact sent in the User-Agent (default: ${DEFAULT-VALUE}).")
    String contact;

    @Option(names = "--min-interval", paramLabel = "DURATION", defaultValue = "PT3S",
        converter = DurationConverter.class,
        description = "Least time between two requests (default: 3s; never less at arxiv.org).")
    Duration minInterval;

    @Option(names = "--cache", paramLabel = "FILE", defaultValue = "cache/arxiv.sqlite",
        description = "The nightly run's API cache (default: ${DEFAULT-VALUE}): the harvest "
            + "holds its lock and keeps the spacing with the runs that share it.")
    Path cache;

    @CommandLine.Mixin
    MirrorFile mirror = new MirrorFile();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Harvests holding the cache's run lock, so a harvest and a nightly run never ask arXiv at
     * the same time, and spaced from the last request of any run on that cache.
     */
    @Override
    public Integer call() {
      Path lockFile = cache.resolveSibling(cache.getFileName() + ".lock");
      try (RunLock lock = RunLock.acquire(lockFile, Clock.systemUTC());
          MirrorStore store = MirrorStore.open(mirror.file)) {
        Harvester.Result r = Harvester.run(store, oaiUrl,
            ArxivClient.userAgent(Pipeline.version(), contact), minInterval,
            Optional.ofNullable(from), cache);
        spec.commandLine().getOut().printf("%d pages, %d papers harvested%s; newest datestamp "
            + "%s%n", r.pages(), r.papers(), r.resumed() ? " (resumed)" : "",
            store.newestDatestamp().map(LocalDate::toString).orElse("none"));
        return Main.DONE;
      } catch (IOException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("arxiv-enrich mirror harvest: " + e.getMessage());
        return Main.FAILED;
      } catch (RunRefusedException e) {
        spec.commandLine().getErr().println("arxiv-enrich mirror harvest: not started: "
            + e.getMessage());
        return Main.LOCKED;
      }
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = "Shows the mirror's records, newest datestamp, age and size on disk.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:done", "1:no mirror, or it cannot be read", "2:usage error"})
  static final class Status implements Callable<Integer> {
    @CommandLine.Mixin
    MirrorFile mirror = new MirrorFile();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isRegularFile(mirror.file)) {
        spec.commandLine().getErr().println("arxiv-enrich mirror status: no mirror at "
            + mirror.file + "; create it with: mirror import FILE");
        return Main.FAILED;
      }
      try (MirrorStore store = MirrorStore.open(mirror.file)) {
        Optional<LocalDate> newest = store.newestDatestamp();
        out.printf("mirror: %s%nrecords: %d%nnewest datestamp: %s%nage: %s%n"
            + "size on disk: %d MB%n", mirror.file, store.records(),
            newest.map(LocalDate::toString).orElse("none"),
            newest.map(d -> MirrorAge.days(d, clock.instant()) + " days").orElse("-"),
            store.sizeOnDisk() / 1_000_000);
        store.state(Harvester.pendingTokenKey()).ifPresent(t ->
            out.printf("unfinished harvest: resumes at token %s%n", t));
        return Main.DONE;
      } catch (IOException e) {
        spec.commandLine().getErr().println("arxiv-enrich mirror status: " + e.getMessage());
        return Main.FAILED;
      }
    }
  }
}
