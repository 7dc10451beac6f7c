package org.arxivenrich.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.ClaimedDate;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.reconcile.DateCheck;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.reconcile.Suggestion;
import org.arxivenrich.reconcile.TitleCheck;
import org.arxivenrich.reconcile.Verdict;
import org.arxivenrich.resolve.Outcome;

/**
 * The rows of {@code mentions.csv} and {@code mentions.json}: one per mention, in the order the
 * reconciler gives (article, then position); a value that does not apply is {@code null}. The
 * columns are the contract described by {@code schema/mentions.schema.json} and
 * {@code schema/datapackage.json}.
 */
final class MentionTable {
  static final List<String> COLUMNS = List.of("article", "line", "column", "arxiv_id", "version",
      "form", "matched_text", "url", "claimed_title", "claimed_date", "claimed_date_text",
      "claim_source", "status", "title", "published", "updated", "latest_version",
      "title_verdict", "title_score", "date_verdict", "date_delta_days", "suggested_arxiv_id", "suggested_title", "reason");

  private MentionTable() {}

  static List<Map<String, Object>> rows(List<Reconciliation> reconciliations) {
    return reconciliations.stream().map(MentionTable::row).toList();
  }

  private static Map<String, Object> row(Reconciliation r) {
    Mention m = r.mention();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("article", m.article());
    row.put("line", m.line());
    row.put("column", m.column());
    row.put("arxiv_id", m.arxivId().map(ArxivId::value).orElse(blankToNull(m.idText())));
    row.put("version", m.version().orElse(null));
    row.put("form", m.form().label());
    row.put("matched_text", m.matchedText());
    row.put("url", m.url().orElse(null));
    row.put("claimed_title", m.claimedTitle().orElse(null));
    row.put("claimed_date", m.claimedDate().map(ClaimedDate::iso).orElse(null));
    row.put("claimed_date_text", m.claimedDate().map(ClaimedDate::text).orElse(null));
    row.put("claim_source", m.claimSource().orElse(null));
    row.put("status", status(r));
    putCanonical(row, r);
    putChecks(row, r);
    row.put("suggested_arxiv_id", r.suggestion().map(s -> s.id().value()).orElse(null));
    row.put("suggested_title", r.suggestion().map(Suggestion::title).orElse(null));
    row.put("reason", blankToNull(r.reason()));
    return row;
  }

  private static void putCanonical(Map<String, Object> row, Reconciliation r) {
    Paper p = r.paper().orElse(null);
    row.put("title", p == null ? null : p.title());
    row.put("published", p == null ? null : TableWriter.date(p.published()));
    row.put("updated", p == null ? null : TableWriter.date(p.updated()));
    row.put("latest_version", p == null ? null : p.version());
  }

  private static void putChecks(Map<String, Object> row, Reconciliation r) {
    TitleCheck t = r.title().orElse(null);
    DateCheck d = r.date().orElse(null);
    row.put("title_verdict", t == null ? null : t.verdict().label());
    row.put("title_score", t == null || t.score().isEmpty() ? null
        : BigDecimal.valueOf(t.score().getAsDouble()).setScale(3, RoundingMode.HALF_UP));
    row.put("date_verdict", d == null ? null : d.verdict().label());
    row.put("date_delta_days", d == null || d.deltaDays().isEmpty() ? null
        : d.deltaDays().getAsLong());
  }

  /** The mention's status: {@code resolved}, {@code not_found}, ..., {@code not_arxiv}. */
  static String status(Reconciliation r) {
    return switch (r.mention().kind()) {
      case NOT_ARXIV -> "not_arxiv";
      case INVALID_ID -> "invalid_id";
      case ARXIV -> r.outcome().map(MentionTable::status).orElse("unresolved");
    };
  }

  static String status(Outcome o) {
    if (o instanceof Outcome.Found) {
      return "resolved";
    }
    if (o instanceof Outcome.NotFound) {
      return "not_found";
    }
    return o instanceof Outcome.Invalid ? "invalid_id" : "unresolved";
  }

  /** The verdict's label, or {@code not_compared} when there was nothing to compare with. */
  static String verdictLabel(Optional<Verdict> verdict) {
    return verdict.map(Verdict::label).orElse("not_compared");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
