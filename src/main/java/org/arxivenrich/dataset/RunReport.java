package org.arxivenrich.dataset;

import org.arxivenrich.resolve.ResolveStats;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.arxivenrich.mirror.MirrorAge;
import org.arxivenrich.reconcile.Reconciliation;

/**
 * The contents of {@code run.json}: when the run published, which version, counts per status and
 * verdict, what resolving cost, and the look-ups it could not make. The only file of the dataset
 * that holds the run's time.
 */
final class RunReport {
  private RunReport() {}

  /** What the run cost: requests and cache hits, and the look-ups it did not make. */
  record Costs(ResolveStats stats, LookupsSkipped skipped) {}

  static Map<String, Object> of(Instant when, String version, List<Reconciliation> rows,
      int papers, Costs costs, InputReport inputs) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("generated_at", TableWriter.timestamp(when));
    run.put("version", version);
    run.put("articles", rows.stream().map(r -> r.mention().article()).distinct().count());
    run.put("articles_read", inputs.articlesRead());
    run.put("skipped_files", inputs.skipped().stream()
        .map(s -> Map.of("path", s.path(), "reason", s.reason())).toList());
    run.put("mentions", rows.size());
    run.put("papers", papers);
    run.put("status", count(rows, List.of("resolved", "not_found", "invalid_id", "unresolved",
        "not_arxiv"), MentionTable::status));
    List<String> verdicts = List.of("match", "mismatch", "uncertain", "no_claim", "not_compared");
    run.put("title_verdict", count(rows, verdicts,
        r -> MentionTable.verdictLabel(r.title().map(t -> t.verdict()))));
    run.put("date_verdict", count(rows, verdicts,
        r -> MentionTable.verdictLabel(r.date().map(d -> d.verdict()))));
    run.put("suggestions", rows.stream().filter(r -> r.suggestion().isPresent()).count());
    ResolveStats stats = costs.stats();
    run.put("requests", stats.requests());
    run.put("cache_hits", stats.cacheHits());
    Map<String, Long> skipped = new LinkedHashMap<>();
    skipped.put("id_batches", stats.idBatchesSkipped());
    skipped.put("title_searches", stats.titleSearchesSkipped());
    skipped.putAll(costs.skipped().byKind());
    run.put("lookups_skipped", skipped);
    run.put("mirror", stats.mirrorDatestamp().map(newest -> mirror(stats, newest, when))
        .orElse(null));
    return run;
  }

  private static Map<String, Object> mirror(ResolveStats stats, LocalDate newest, Instant when) {
    Map<String, Object> mirror = new LinkedHashMap<>();
    mirror.put("answers", stats.mirrorHits());
    mirror.put("title_searches", stats.mirrorTitleSearches());
    mirror.put("newest_datestamp", newest.toString());
    mirror.put("age_days", MirrorAge.days(newest, when));
    return mirror;
  }

  private static Map<String, Long> count(List<Reconciliation> rows, List<String> keys,
      Function<Reconciliation, String> key) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(k -> counts.put(k, 0L));
    rows.forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
    return counts;
  }
}
