package org.arxivenrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.dataset.DatasetException;
import org.arxivenrich.dataset.DatasetWriter;
import org.arxivenrich.dataset.InputReport;
import org.arxivenrich.dataset.LookupsSkipped;
import org.arxivenrich.dataset.Publisher;
import org.arxivenrich.diff.RunComparer;
import org.arxivenrich.diff.RunHistory;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.MentionExtractor;
import org.arxivenrich.mention.TitleCandidate;
import org.arxivenrich.progress.Display;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Tally;
import org.arxivenrich.progress.Ticker;
import org.arxivenrich.reconcile.Reconciler;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.reconcile.TitleMatcher;
import org.arxivenrich.reconcile.TitleSearch;
import org.arxivenrich.resolve.Outcome;
import org.arxivenrich.resolve.ResolveStats;
import org.arxivenrich.resolve.Resolver;
import org.arxivenrich.resolve.ResolverOptions;
import org.arxivenrich.resolve.TitleSearchBudget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one class that knows the order of the stages: read articles, extract mentions, resolve IDs,
 * reconcile claims, publish the dataset. Articles are read and extracted on every core, a few at
 * a time, so memory holds mentions, not texts. A run holds the locks on its output and cache
 * folders throughout, and reports its progress to a {@link Display}.
 */
public final class Pipeline {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  /** Candidates asked of the title search for one suggestion. */
  private static final int SUGGESTION_CANDIDATES = 5;

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
  public record Result(int articles, int skipped, int mentions, int papers, int unresolvedMentions,
      ResolveStats resolve, int titleLookupsSkipped) {
    public String summary() {
      return String.format("%d articles (%d skipped), %d mentions, %d papers, %d unresolved; %s%s",
          articles, skipped, mentions, papers, unresolvedMentions, resolve.summary(),
          titleLookupsSkipped == 0 ? "" : "; " + titleLookupsSkipped
              + " titles named without a link not looked up (--title-search-budget)");
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
    Path cacheLock = settings.cache().resolveSibling(settings.cache().getFileName() + ".lock");
    Result result = null;
    try (RunLock output = lock(settings.output().resolve(".lock"), "cannot publish to "
            + settings.output());
        RunLock cache = lock(cacheLock, "cannot open the cache " + settings.cache())) {
      result = runLocked();
    } catch (IOException e) {
      // Only releasing a lock throws this, after the publish; the OS frees it at exit anyway.
      log.warn("could not release a run lock cleanly: {}", e.toString());
    }
    return result;
  }

  /** Takes the lock in {@code file}; {@code attempt} says what a failure stops, in the message. */
  private RunLock lock(Path file, String attempt) throws RunFailedException {
    try {
      RunLock lock = RunLock.acquire(file, clock);
      lock.takenOverFrom().ifPresent(was -> log.warn(
          "took over the stale lock {}: a run that crashed left it ({})", file, was));
      return lock;
    } catch (IOException e) {
      throw new RunFailedException(attempt + ": cannot take the lock " + file + ": " + e, e);
    }
  }

  private Result runLocked() throws RunFailedException {
    recoverOutput();
    Tally progress = new Tally(display, Ticker.system());
    Extracted extracted = extract(progress);
    Reconciled reconciled = resolveAndReconcile(extracted, progress);
    List<Reconciliation> rows = reconciled.rows();
    publish(rows, reconciled.stats(), extracted.inputs(), reconciled.titlesSkipped());
    long mismatches = rows.stream().filter(Reconciliation::hasMismatch).count();
    long unresolved = rows.stream()
        .filter(r -> r.outcome().filter(Outcome.Unresolved.class::isInstance).isPresent())
        .count();
    progress.finish((int) reconciled.papers(), mismatches, (int) unresolved);
    return new Result(extracted.inputs().articlesRead(), extracted.inputs().skipped().size(),
        rows.size(), (int) reconciled.papers(), (int) unresolved, reconciled.stats(),
        reconciled.titlesSkipped());
  }

  /**
   * Every mention of every readable article, the titles they name without a link, and what the
   * input folder held.
   */
  private record Extracted(List<Mention> mentions, List<TitleCandidate> titles,
      InputReport inputs) {}

  /** One file read, with its mentions and the titles it names, if it was an article. */
  private record ReadArticle(ReadResult result, MentionExtractor.Extraction found) {}

  /**
   * Reads and extracts articles on every core, a few at a time, so memory holds mentions, not
   * texts; results are taken in file order, so the output does not depend on the threads.
   */
  private Extracted extract(Progress progress) throws RunFailedException {
    ArticleReader reader = new ArticleReader(settings.input());
    MentionExtractor extractor = new MentionExtractor();
    List<Mention> mentions = new ArrayList<>();
    List<TitleCandidate> titles = new ArrayList<>();
    List<ReadResult.Skipped> skipped = new ArrayList<>();
    List<Path> files = list(reader);
    progress.articlesFound(files.size());
    try {
      OrderedMapper.perProcessor().map(files, file -> readAndExtract(reader, extractor, file),
          done -> take(done, mentions, titles, skipped, progress));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailedException("interrupted while reading the articles", e);
    }
    return new Extracted(mentions, titles,
        new InputReport(files.size() - skipped.size(), skipped));
  }

  /** Runs on the calling thread, in file order. */
  private static void take(ReadArticle done, List<Mention> mentions,
      List<TitleCandidate> titles, List<ReadResult.Skipped> skipped, Progress progress) {
    if (done.result() instanceof ReadResult.Read read) {
      read.article().problems().forEach(p -> log.warn("{}: {}", read.path(), p));
      mentions.addAll(done.found().mentions());
      titles.addAll(done.found().titles());
      progress.articleRead(read.path(), done.found().mentions().size());
    } else if (done.result() instanceof ReadResult.Skipped skip) {
      skipped.add(skip);
      log.warn("skipped {}: {}", skip.path(), skip.reason());
    }
  }

  /** Runs on a worker thread: the reader and the extractor keep no state between articles. */
  private static ReadArticle readAndExtract(ArticleReader reader, MentionExtractor extractor,
      Path file) {
    ReadResult result = reader.read(file);
    return new ReadArticle(result, result instanceof ReadResult.Read read
        ? extractor.extractAll(read.article())
        : new MentionExtractor.Extraction(List.of(), List.of()));
  }

  private List<Path> list(ArticleReader reader) throws RunFailedException {
    try {
      return reader.list();
    } catch (IOException e) {
      throw new RunFailedException("cannot list the input folder " + settings.input(), e);
    }
  }

  /**
   * Finishes a publish a crashed run left half done, or discards its uncommitted staging, before
   * anything else: only the holder of the output lock may, and the output is whole again even if
   * this run fails before it publishes.
   */
  private void recoverOutput() throws RunFailedException {
    try {
      Publisher.recover(settings.output());
    } catch (IOException e) {
      throw new RunFailedException("cannot finish what a crashed run left in "
          + settings.output() + ": " + e.getMessage(), e);
    }
  }

  /** The reconciled rows, what resolving them cost, and the title look-ups not made. */
  private record Reconciled(List<Reconciliation> rows, long papers, ResolveStats stats,
      int titlesSkipped) {}

  /**
   * Turns the titles named without a link into mentions (issue #11), resolves every distinct ID,
   * then reconciles with the resolver still open: its title search feeds the suggestions, paced
   * and cached like every other request.
   */
  private Reconciled resolveAndReconcile(Extracted extracted, Tally progress)
      throws RunFailedException {
    try (MirrorUse mirror = MirrorUse.open(settings.mirror(), settings.mirrorMaxAge(), clock);
        Resolver resolver = Resolver.open(resolverOptions(), mirror.store(), progress)) {
      TitleMatcher.Matched titles = matchTitles(extracted.titles(), resolver);
      List<Mention> mentions = new ArrayList<>(extracted.mentions());
      mentions.addAll(titles.mentions());
      Map<ArxivId, Outcome> outcomes = resolver.resolve(
          mentions.stream().flatMap(m -> m.arxivId().stream()).toList());
      TitleSearch search = title -> resolver.searchTitle(title, SUGGESTION_CANDIDATES);
      List<Reconciliation> rows = new Reconciler(search).reconcile(mentions, outcomes);
      return new Reconciled(rows, outcomes.size(), resolver.stats(), titles.skipped());
    } catch (IOException | IllegalArgumentException e) {
      throw new RunFailedException("cannot start resolving: " + e.getMessage(), e);
    }
  }

  /**
   * The stage between extraction and resolution: each title named without a link becomes a
   * mention when one paper matches it confidently. Searches asked of arXiv stay within
   * {@code --title-search-budget} (none offline); the rest are counted as skipped.
   */
  private TitleMatcher.Matched matchTitles(List<TitleCandidate> candidates, Resolver resolver) {
    TitleSearchBudget budget = new TitleSearchBudget(resolver,
        settings.offline() ? 0 : settings.titleSearchBudget(), SUGGESTION_CANDIDATES);
    TitleMatcher.Matched matched = new TitleMatcher(budget::search).match(candidates);
    if (matched.skipped() > 0) {
      log.warn("{} titles named without a link were not looked up ({}); they are asked next run",
          matched.skipped(), settings.offline() ? "offline"
              : "--title-search-budget " + settings.titleSearchBudget() + " spent");
    }
    return matched;
  }

  private ResolverOptions resolverOptions() {
    return new ResolverOptions(settings.apiUrl(),
        ArxivClient.userAgent(version(), settings.contact()), settings.batchSize(),
        settings.minInterval(), settings.maxWait(), ResolverOptions.DEFAULT_READ_TIMEOUT,
        settings.cache(), settings.foundTtl(), settings.notFoundTtl(), settings.offline(),
        settings.refresh());
  }

  /** Publishes the dataset with its diff against the last run, then keeps a snapshot of it. */
  private void publish(List<Reconciliation> rows, ResolveStats stats, InputReport inputs,
      int titlesSkipped) throws RunFailedException {
    RunComparer comparer = new RunComparer(
        new RunHistory(settings.output(), settings.historyKeep(), clock));
    try {
      new DatasetWriter(clock, version())
          .publish(settings.output(), rows, stats, inputs,
              new LookupsSkipped(Map.of(LookupsSkipped.TITLE_MENTIONS, (long) titlesSkipped)),
              comparer::stageDiff);
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
