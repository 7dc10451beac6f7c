package org.arxivenrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.dataset.DatasetException;
import org.arxivenrich.dataset.DatasetWriter;
import org.arxivenrich.dataset.ResolverStats;
import org.arxivenrich.diff.RunComparer;
import org.arxivenrich.diff.RunHistory;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.MentionExtractor;
import org.arxivenrich.progress.Display;
import org.arxivenrich.progress.Tally;
import org.arxivenrich.progress.Ticker;
import org.arxivenrich.reconcile.Reconciler;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.reconcile.TitleSearch;
import org.arxivenrich.resolve.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one class that knows the order of the stages: read articles, extract mentions, resolve IDs,
 * reconcile claims, publish the dataset. Articles are read and extracted one at a time, so memory
 * holds mentions, not texts. A run holds the locks on its output and cache folders throughout, and
 * reports its progress to a {@link Display}.
 */
public final class Pipeline {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final RunSettings settings;
  private final Display display;
  private final Clock clock;

  public Pipeline(RunSettings settings) {
    this(settings, Display.NONE, Clock.systemUTC());
  }

  /** A pipeline showing progress on {@code display}, dating locks and history by {@code clock}. */
  public Pipeline(RunSettings settings, Display display, Clock clock) {
    this.settings = settings;
    this.display = display;
    this.clock = clock;
  }

  /** What a run did, for the summary line and the exit code. */
  public record Result(int articles, int skipped, int mentions, int papers, int unresolvedMentions) {
    public String summary() {
      return String.format("%d articles (%d skipped), %d mentions, %d papers, %d unresolved",
          articles, skipped, mentions, papers, unresolvedMentions);
    }
  }

  /**
   * Runs every stage and publishes; throws when the run must stop with nothing published, and
   * {@link RunRefusedException} when another run holds the output or the cache.
   */
  public Result run() throws RunFailedException {
    if (!Files.isDirectory(settings.input())) {
      throw new RunFailedException("input folder not found: " + settings.input());
    }
    if (Files.exists(settings.output()) && !Files.isDirectory(settings.output())) {
      throw new RunFailedException("cannot publish to " + settings.output() + ": not a folder");
    }
    try (RunLock output = lock(settings.output().resolve(".lock"));
        RunLock cache = lock(settings.cache().resolveSibling(settings.cache().getFileName()
            + ".lock"))) {
      return runLocked();
    } catch (IOException e) {
      throw new RunFailedException("cannot take or release a run lock: " + e, e);
    }
  }

  private RunLock lock(Path file) throws IOException, RunRefusedException {
    RunLock lock = RunLock.acquire(file, clock);
    lock.takenOverFrom().ifPresent(was -> log.warn(
        "took over the stale lock {}: a run that crashed left it ({})", file, was));
    return lock;
  }

  private Result runLocked() throws RunFailedException {
    Tally progress = new Tally(display, Ticker.system());
    ArticleReader reader = new ArticleReader(settings.input());
    MentionExtractor extractor = new MentionExtractor();
    List<Mention> mentions = new ArrayList<>();
    int articles = 0;
    int skipped = 0;
    try {
      List<Path> files = reader.list();
      progress.articlesFound(files.size());
      for (var file : files) {
        ReadResult result = reader.read(file);
        if (result instanceof ReadResult.Read read) {
          articles++;
          read.article().problems().forEach(p -> log.warn("{}: {}", read.path(), p));
          List<Mention> found = extractor.extract(read.article());
          mentions.addAll(found);
          progress.articleRead(read.path(), found.size());
        } else if (result instanceof ReadResult.Skipped skip) {
          skipped++;
          log.warn("skipped {}: {}", skip.path(), skip.reason());
        }
      }
    } catch (IOException e) {
      throw new RunFailedException("cannot list the input folder " + settings.input(), e);
    }
    Map<ArxivId, Outcome> outcomes = resolve(mentions);
    List<Reconciliation> rows = new Reconciler(titleSearch()).reconcile(mentions, outcomes);
    publish(rows, ResolverStats.NONE);
    long mismatches = rows.stream().filter(Reconciliation::hasMismatch).count();
    long unresolved = mentions.stream().filter(m -> m.arxivId()
        .map(id -> outcomes.get(id) instanceof Outcome.Unresolved).orElse(false)).count();
    progress.finish(outcomes.size(), mismatches, (int) unresolved);
    return new Result(articles, skipped, mentions.size(), outcomes.size(), (int) unresolved);
  }

  private Map<ArxivId, Outcome> resolve(List<Mention> mentions) {
    Map<ArxivId, Outcome> outcomes = new LinkedHashMap<>();
    TreeSet<ArxivId> ids = new TreeSet<>();
    mentions.forEach(m -> m.arxivId().ifPresent(ids::add));
    // WALKING SKELETON: the resolver (issue #3) is not built yet.
    ids.forEach(id -> outcomes.put(id, new Outcome.Unresolved(id, "resolver not built yet")));
    return outcomes;
  }

  /**
   * How suggestions look titles up: the resolver's title search once it exists (issue #3), as
   * {@code title -> resolver.searchTitle(title, n)}; until then none, so nothing is suggested.
   */
  private TitleSearch titleSearch() {
    return TitleSearch.NONE;
  }

  /** Publishes the dataset with its diff against the last run, then keeps a snapshot of it. */
  private void publish(List<Reconciliation> rows, ResolverStats stats)
      throws RunFailedException {
    RunComparer comparer = new RunComparer(
        new RunHistory(settings.output(), settings.historyKeep(), clock));
    try {
      new DatasetWriter(clock, version())
          .publish(settings.output(), rows, stats, comparer::stageDiff);
      comparer.remember(settings.output());
    } catch (DatasetException e) {
      throw new RunFailedException("the dataset failed validation: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new RunFailedException("cannot publish to " + settings.output() + ": " + e, e);
    }
  }

  /** The version from the jar's manifest, or {@code dev} when run from classes. */
  public static String version() {
    String v = Pipeline.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
