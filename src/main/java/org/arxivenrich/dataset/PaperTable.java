package org.arxivenrich.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.resolve.Outcome;

/**
 * The rows of {@code papers.csv} and {@code papers.json}: one per distinct arXiv identifier the
 * articles mention, sorted by identifier, with the mentions counted and their articles listed.
 * {@code fetched_at} is when the resolver fetched the record (a fact of its cache), never the
 * run's time, so two runs over the same cache write the same rows.
 */
final class PaperTable {
  static final List<String> COLUMNS = List.of("arxiv_id", "latest_version", "title", "authors",
      "published", "updated", "primary_category", "categories", "doi", "journal_ref", "comment",
      "abs_url", "pdf_url", "status", "mention_count", "articles", "fetched_at");

  private PaperTable() {}

  static List<Map<String, Object>> rows(List<Reconciliation> reconciliations) {
    Map<ArxivId, List<Reconciliation>> byId = new TreeMap<>();
    for (Reconciliation r : reconciliations) {
      r.mention().arxivId().ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>())
          .add(r));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    byId.forEach((id, mentions) -> rows.add(row(id, mentions.get(0).outcome()
        .orElse(new Outcome.Unresolved(id, "not resolved")), mentions.size(),
        mentions.stream().map(r -> r.mention().article()).toList())));
    return rows;
  }

  /** The row of {@code id}: what resolving it came to, its mentions counted, their articles. */
  static Map<String, Object> row(ArxivId id, Outcome outcome, long mentionCount,
      Collection<String> articles) {
    Paper p = outcome.foundPaper().orElse(null);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("arxiv_id", id.value());
    putCanonical(row, p);
    row.put("status", MentionTable.status(outcome));
    row.put("mention_count", (int) mentionCount);
    row.put("articles", List.copyOf(new TreeSet<>(articles)));
    row.put("fetched_at", outcome instanceof Outcome.Found f
        ? TableWriter.timestamp(f.fetchedAt()) : null);
    return row;
  }

  /** arXiv's metadata of {@code p}, or empty cells (and lists) when it was not found. */
  private static void putCanonical(Map<String, Object> row, Paper p) {
    row.put("latest_version", p == null ? null : p.version());
    row.put("title", p == null ? null : p.title());
    row.put("authors", p == null ? List.of() : p.authors().stream().map(Paper.Author::name)
        .toList());
    row.put("published", p == null ? null : TableWriter.date(p.published()));
    row.put("updated", p == null ? null : TableWriter.date(p.updated()));
    row.put("primary_category", p == null ? null : p.primaryCategory());
    row.put("categories", p == null ? List.of() : p.categories());
    row.put("doi", p == null ? null : p.doi().orElse(null));
    row.put("journal_ref", p == null ? null : p.journalRef().orElse(null));
    row.put("comment", p == null ? null : p.comment().orElse(null));
    row.put("abs_url", p == null ? null : p.absUrl());
    row.put("pdf_url", p == null ? null : p.pdfUrl());
  }
}
