package org.arxivenrich.resolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the papers whose titles best match a claimed title: from memory (each title is searched at
 * most once per run), then from the {@link PaperStore} while the answer is fresh, then from arXiv
 * through the same pacer and retries as every other request. With a mirror, its title index
 * answers instead and arXiv is never asked. Candidates are ordered by how many
 * title words they share (Jaccard), arXiv's relevance order breaking ties. A search that could not
 * be made, or met no usable answer, throws {@link LookupSkippedException}: it is counted, kept in
 * the {@link RunLedger}, and asked first next run ({@link #askPending}).
 */
final class TitleSearcher {
  private static final Logger log = LoggerFactory.getLogger(TitleSearcher.class);

  private final ArxivClient client;
  private final PoliteCaller caller;
  private final PaperStore store;
  private final ResolverOptions options;
  private final Clock wallClock;
  private final RunLedger ledger;
  private final LongAdder storeHits = new LongAdder();
  private final Set<String> skipped = ConcurrentHashMap.newKeySet();
  private final Cache<String, List<Paper>> searched = Caffeine.newBuilder()
      .maximumSize(10_000).build();

  private final MirrorLookup mirror;

  TitleSearcher(ArxivClient client, PoliteCaller caller, PaperStore store, RunLedger ledger,
      ResolverOptions options, Clock wallClock, MirrorLookup mirror) {
    this.mirror = mirror;
    this.client = client;
    this.caller = caller;
    this.store = store;
    this.ledger = ledger;
    this.options = options;
    this.wallClock = wallClock;
  }

  /**
   * Best candidates first; empty when nothing matched, offline with nothing stored, or arXiv
   * rejected the query.
   *
   * @throws LookupSkippedException when the search could not be made or had no usable answer
   */
  List<Paper> search(String title, int maxResults) {
    String query = query(title);
    if (query.isEmpty() || maxResults < 1) {
      return List.of();
    }
    // The loader returns null for a failed search, which Caffeine does not keep.
    List<Paper> found = searched.get(query + "#" + maxResults, key -> mirror.isPresent()
        ? mirror.searchTitle(title, maxResults).map(h -> rank(title, h)).orElse(null)
        : stored(query, maxResults).or(() -> asked(title, query, maxResults)).orElse(null));
    return found == null ? List.of() : found;
  }

  /**
   * Makes the searches an earlier run could not, before anything else is asked; one that still
   * cannot be made stays pending.
   */
  void askPending() {
    if (options.offline()) {
      return;
    }
    for (RunLedger.PendingSearch p : ledger.pendingSearches()) {
      try {
        search(p.title(), p.maxResults());
        ledger.searchPending(p.title(), p.maxResults(), false);
      } catch (LookupSkippedException e) {
        log.debug("pending title search for \"{}\" still not made", p.title());
      }
    }
  }

  /** Distinct title searches not made, or made without a usable answer, this run. */
  long skipped() {
    return skipped.size();
  }

  /**
   * The answer when it takes no request: from the mirror's title index when there is a mirror,
   * else a search made before, from memory or the store while fresh; empty when answering would
   * take a request.
   */
  Optional<List<Paper>> known(String title, int maxResults) {
    String query = query(title);
    if (query.isEmpty() || maxResults < 1) {
      return Optional.of(List.of());
    }
    if (mirror.isPresent()) {
      return Optional.of(search(title, maxResults));
    }
    String key = query + "#" + maxResults;
    Optional<List<Paper>> found = Optional.ofNullable(searched.getIfPresent(key))
        .or(() -> stored(query, maxResults));
    found.ifPresent(papers -> searched.put(key, papers));
    return found;
  }

  /** Title searches answered from the store, not arXiv. */
  long storeHits() {
    return storeHits.sum();
  }

  /**
   * The key a search is stored under: its words in order, lower-cased, as arXiv compares them
   * (a {@code ti:"…"} phrase is matched case-insensitively, but in order).
   */
  private static String query(String title) {
    return ArxivClient.titleWords(title.toLowerCase(Locale.ROOT));
  }

  private Optional<List<Paper>> stored(String query, int maxResults) {
    if (options.refresh()) {
      return Optional.empty();
    }
    Optional<List<Paper>> hit = store.getSearch(query, maxResults)
        .filter(s -> options.reusable(s.fetchedAt(), !s.candidates().isEmpty(),
            wallClock.instant()))
        .map(PaperStore.StoredSearch::candidates);
    hit.ifPresent(h -> storeHits.increment());
    return hit;
  }

  private Optional<List<Paper>> asked(String title, String query, int maxResults) {
    if (options.offline()) {
      return Optional.empty();
    }
    List<Paper> ranked;
    try {
      ranked = rank(title, caller.call(() -> client.searchTitle(title, maxResults)).papers());
    } catch (ArxivApiException e) {
      log.warn("title search for \"{}\" failed: {}", title, e.getMessage());
      if (e.failure() == ArxivApiException.Failure.REJECTED) {
        return Optional.empty();
      }
      throw skip(title, query, maxResults, e.getMessage());
    } catch (StopAskingException e) {
      log.debug("title search for \"{}\" not made: {}", title, e.getMessage());
      throw skip(title, query, maxResults, e.getMessage());
    }
    ledger.searchPending(title, maxResults, false);
    try {
      store.putSearch(query, maxResults, ranked, wallClock.instant());
    } catch (IOException e) {
      log.warn("title search kept for this run only: {}", e.getMessage());
    }
    return Optional.of(ranked);
  }

  private LookupSkippedException skip(String title, String query, int maxResults, String why) {
    skipped.add(query + "#" + maxResults);
    ledger.searchPending(title, maxResults, true);
    return new LookupSkippedException(why + "; asked first next run");
  }

  private static List<Paper> rank(String title, List<Paper> papers) {
    Set<String> words = words(title);
    return papers.stream().sorted(Comparator.comparingDouble(
        (Paper p) -> -similarity(words, words(p.title())))).toList();
  }

  private static Set<String> words(String title) {
    String plain = query(title);
    return plain.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(plain.split(" ")));
  }

  private static double similarity(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    long shared = a.stream().filter(b::contains).count();
    return union.isEmpty() ? 0 : (double) shared / union.size();
  }
}
