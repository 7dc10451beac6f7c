package org.arxivenrich.resolve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.arxiv.ArxivClient;
import org.arxivenrich.arxiv.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the papers whose titles best match a claimed title, through the same pacer and retries as
 * every other request; each title is searched at most once per run. Candidates are ordered by how
 * many title words they share (Jaccard), arXiv's relevance order breaking ties.
 */
final class TitleSearcher {
  private static final Logger log = LoggerFactory.getLogger(TitleSearcher.class);

  private final ArxivClient client;
  private final PoliteCaller caller;
  private final Cache<String, List<Paper>> searched = Caffeine.newBuilder()
      .maximumSize(10_000).build();

  TitleSearcher(ArxivClient client, PoliteCaller caller) {
    this.client = client;
    this.caller = caller;
  }

  /** Best candidates first; empty when nothing matched or arXiv could not be asked. */
  List<Paper> search(String title, int maxResults) {
    Set<String> words = words(title);
    if (words.isEmpty() || maxResults < 1) {
      return List.of();
    }
    // A failed search is not cached (the loader returns null), so a later call may try again.
    List<Paper> found = searched.get(String.join(" ", new TreeSet<>(words)) + "#" + maxResults,
        key -> {
      try {
        List<Paper> papers = caller.call(() -> client.searchTitle(title, maxResults)).papers();
        return papers.stream().sorted(Comparator.comparingDouble(
            (Paper p) -> -similarity(words, words(p.title())))).toList();
      } catch (ArxivApiException | OutOfTimeException e) {
        log.warn("title search for \"{}\" failed: {}", title, e.getMessage());
        return null;
      }
    });
    return found == null ? List.of() : found;
  }

  static Set<String> words(String title) {
    String plain = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return plain.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(plain.split(" ")));
  }

  static double similarity(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    long shared = a.stream().filter(b::contains).count();
    return union.isEmpty() ? 0 : (double) shared / union.size();
  }
}
