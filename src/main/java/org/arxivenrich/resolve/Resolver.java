package org.arxivenrich.resolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.progress.Progress;
import org.arxivenrich.progress.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves arXiv identifiers to outcomes with as few polite requests as the API allows: the local
 * {@link PaperMirror} first when there is one (no request at all), then memory (an ID is asked at
 * most once per run), then the persistent store within its time to live, then the API in
 * batches. Open one per process: it owns the pacer, so everything it asks, title searches
 * included, is spaced by {@code --min-interval}, and by the same interval from the last request
 * of any other process on the same cache. Look-ups an earlier run could not make are asked
 * first; those this run cannot make are counted and kept for the next (issue #9).
 */
public final class Resolver implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Resolver.class);
  /** arXiv's terms of use: no more than one request every three seconds. */
  private static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);

  private final ResolverOptions options;
  private final ArxivClient client;
  private final PaperStore store;
  private final RunLedger ledger;
  private final Clock wallClock;
  private final PoliteCaller caller;
  private final BatchResolver batches;
  private final TitleSearcher titles;
  private final Progress progress;
  private final Cache<ArxivId, Outcome> memory = Caffeine.newBuilder()
      .maximumSize(1_000_000).build();
  private final LongAdder memoryHits = new LongAdder();
  private final LongAdder diskHits = new LongAdder();
  private final LongAdder asked = new LongAdder();
  private final LongAdder staleHits = new LongAdder();
  private final MirrorLookup mirror;

  Resolver(ResolverOptions options, ArxivClient client, PaperStore store, RunLedger ledger,
      Ticker clock, Sleeper sleeper, Clock wallClock, RandomGenerator random, Progress progress) {
    this(options, client, store, ledger, Optional.empty(), clock, sleeper, wallClock, random,
        progress);
  }

  Resolver(ResolverOptions options, ArxivClient client, PaperStore store, RunLedger ledger,
      Optional<PaperMirror> mirror, Ticker clock, Sleeper sleeper, Clock wallClock,
      RandomGenerator random, Progress progress) {
    this.options = options;
    this.mirror = new MirrorLookup(mirror);
    this.progress = progress;
    this.client = client;
    this.store = store;
    this.ledger = ledger;
    this.wallClock = wallClock;
    Pacer pacer = new Pacer(clock, sleeper, politeInterval(options), options.maxWait(),
        wallClock, ledger);
    this.caller = new PoliteCaller(pacer, clock, random, progress);
    this.batches = new BatchResolver(client, caller, options.batchSize(), wallClock);
    this.titles = new TitleSearcher(client, caller, store, ledger, options, wallClock,
        this.mirror);
  }

  /**
   * Opens the cache and a client with the system clocks, reading {@code mirror} (when given)
   * before all else and reporting requests, cache hits and waits to {@code progress}; the budget
   * starts now.
   */
  public static Resolver open(ResolverOptions options, Optional<PaperMirror> mirror,
      Progress progress) throws IOException {
    ArxivClient client = new ArxivClient(options.apiUrl(), options.userAgent(),
        options.readTimeout());
    PaperStore store = null;
    try {
      store = PaperStore.open(options.cache());
      return new Resolver(options, client, store, RunLedger.open(options.cache()), mirror,
          Ticker.system(), Sleeper.SYSTEM, Clock.systemUTC(), RandomGenerator.getDefault(),
          progress);
    } catch (IOException e) {
      client.close();
      if (store != null) {
        store.close();
      }
      throw e;
    }
  }

  /**
   * One outcome for each distinct ID in {@code ids}, sorted by ID. Never throws for a failed
   * request: what could not be answered is {@link Outcome.Unresolved}. The title searches and IDs
   * an earlier run could not look up are asked first.
   */
  public Map<ArxivId, Outcome> resolve(Collection<ArxivId> ids) {
    titles.askPending();
    Map<ArxivId, Outcome> outcomes = new TreeMap<>();
    List<ArxivId> toAsk = new ArrayList<>();
    Collection<ArxivId> distinct = pendingFirst(ids);
    Map<ArxivId, Outcome> mirrored = mirror.resolve(distinct);
    for (ArxivId id : distinct) {
      Optional<Outcome> known = Optional.ofNullable(mirrored.get(id)).or(() -> known(id));
      known.ifPresent(o -> outcomes.put(id, o));
      if (known.isEmpty()) {
        toAsk.add(id);
      }
    }
    progress.resolving(outcomes.size() + toAsk.size());
    if (!outcomes.isEmpty()) {
      progress.cacheHits(outcomes.size());
      progress.batchResolved(outcomes.size());
    }
    if (options.offline()) {
      toAsk.forEach(id -> outcomes.put(id, new Outcome.Unresolved(id, "offline, not cached")));
    } else {
      asked.add(toAsk.size());
      Map<ArxivId, Outcome> answers = batches.resolve(toAsk, this::learn);
      ledger.replacePendingIds(answers.values().stream()
          .filter(Outcome.Unresolved.class::isInstance).map(Outcome::id).toList());
      answers.forEach((id, o) -> outcomes.put(id, staleIfUnresolved(o)));
    }
    return outcomes;
  }

  /** The distinct {@code ids}, those an earlier run could not look up first, each part sorted. */
  private Collection<ArxivId> pendingFirst(Collection<ArxivId> ids) {
    Set<ArxivId> pending = ledger.pendingIds();
    Set<ArxivId> ordered = new LinkedHashSet<>(new TreeSet<>(ids).stream()
        .filter(pending::contains).toList());
    ordered.addAll(new TreeSet<>(ids));
    return ordered;
  }

  /**
   * An answer arXiv could not give this run falls back to an expired one from the store, if any:
   * for a nightly job a week-old record (its {@code fetchedAt} says how old) beats none.
   */
  private Outcome staleIfUnresolved(Outcome outcome) {
    if (!(outcome instanceof Outcome.Unresolved) || options.refresh()) {
      return outcome;
    }
    Optional<PaperStore.Stored> stored = store.get(outcome.id());
    stored.ifPresent(s -> {
      staleHits.increment();
      log.warn("{}: {}; using the answer cached at {}", outcome.id(),
          ((Outcome.Unresolved) outcome).reason(), s.fetchedAt());
    });
    return stored.map(PaperStore.Stored::outcome).orElse(outcome);
  }

  /**
   * The best candidate papers for {@code title}, best first, from the store while fresh (offline:
   * whatever it holds), else from arXiv; empty when nothing matched.
   *
   * @throws LookupSkippedException when the search could not be made this run
   */
  public List<Paper> searchTitle(String title, int maxResults) {
    return titles.search(title, maxResults);
  }

  /**
   * The candidates for {@code title} when finding them takes no request: from the mirror's title
   * index, or a search answered before (this run, or in the store while fresh); empty when
   * finding them would take a request.
   */
  public Optional<List<Paper>> knownTitleSearch(String title, int maxResults) {
    return titles.known(title, maxResults);
  }

  /**
   * The spacing to keep: {@code --min-interval}, but never under arXiv's three seconds when the
   * endpoint is arXiv itself (shorter intervals are for local stand-ins).
   */
  static Duration politeInterval(ResolverOptions options) {
    return politeInterval(options.apiUrl(), options.minInterval());
  }

  /** The spacing to keep asking {@code endpoint}: see {@link #politeInterval(ResolverOptions)}. */
  public static Duration politeInterval(URI endpoint, Duration minInterval) {
    String host = endpoint.getHost();
    boolean arxiv = host != null && (host.equals("arxiv.org") || host.endsWith(".arxiv.org"));
    if (arxiv && minInterval.compareTo(ARXIV_INTERVAL) < 0) {
      log.warn("--min-interval {} is below arXiv's terms; using {}", minInterval,
          ARXIV_INTERVAL);
      return ARXIV_INTERVAL;
    }
    return minInterval;
  }

  /** Requests made and cache hits so far. */
  public ResolveStats stats() {
    return new ResolveStats(caller.requests(), memoryHits.sum(), diskHits.sum(), asked.sum(),
        staleHits.sum(), titles.storeHits(), batches.skipped(), titles.skipped(),
        mirror.hits(), mirror.titleSearches(), mirror.datestamp());
  }

  private Optional<Outcome> known(ArxivId id) {
    Outcome inMemory = memory.getIfPresent(id);
    if (inMemory != null) {
      memoryHits.increment();
      return Optional.of(inMemory);
    }
    if (options.refresh()) {
      return Optional.empty();
    }
    Optional<Outcome> onDisk = store.get(id).filter(this::fresh).map(PaperStore.Stored::outcome);
    onDisk.ifPresent(o -> {
      diskHits.increment();
      memory.put(id, o);
    });
    return onDisk;
  }

  private boolean fresh(PaperStore.Stored stored) {
    return options.reusable(stored.fetchedAt(), stored.outcome() instanceof Outcome.Found,
        wallClock.instant());
  }

  private void learn(List<Outcome> outcomes) {
    List<Outcome> settled = outcomes.stream()
        .filter(o -> !(o instanceof Outcome.Unresolved)).toList();
    settled.forEach(o -> memory.put(o.id(), o));
    progress.batchResolved(outcomes.size());
    try {
      store.putAll(settled, wallClock.instant());
    } catch (IOException e) {
      log.warn("answers kept for this run only: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    client.close();
    store.close();
    ledger.close();
  }
}
