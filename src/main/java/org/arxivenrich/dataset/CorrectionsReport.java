package org.arxivenrich.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.reconcile.DateCheck;
import org.arxivenrich.reconcile.Reconciliation;
import org.arxivenrich.reconcile.TitleCheck;
import org.arxivenrich.reconcile.Verdict;

/**
 * Writes {@code corrections.md} for a person: per article, every claim that contradicts arXiv,
 * with the claimed and the canonical value and the suggested paper; every ID arXiv does not
 * know or rejects; and every non-arXiv link whose title arXiv has. Each item says where its
 * claims were read ({@code claim_source}, issue #8), so a reviewer sees why a verdict was
 * reached. No run time in it, so two runs diff cleanly.
 */
final class CorrectionsReport {
  private CorrectionsReport() {}

  static String render(List<Reconciliation> rows) {
    Map<String, List<String>> byArticle = new LinkedHashMap<>();
    for (Reconciliation r : rows) {
      List<String> items = items(r);
      if (!items.isEmpty()) {
        byArticle.computeIfAbsent(r.mention().article(), k -> new ArrayList<>()).addAll(items);
      }
    }
    StringBuilder md = new StringBuilder("# Corrections\n\n");
    md.append("Claims in the articles that contradict arXiv's record, and links that arXiv "
        + "could replace. Dates are compared with v1 (UTC) at the claim's precision.\n");
    if (byArticle.isEmpty()) {
      md.append("\nNothing to correct.\n");
    }
    byArticle.forEach((article, items) -> {
      md.append("\n## ").append(escape(article)).append("\n\n");
      items.forEach(i -> md.append("- ").append(i).append('\n'));
    });
    return md.toString();
  }

  private static List<String> items(Reconciliation r) {
    Mention m = r.mention();
    String where = "line " + m.line() + ", " + m.arxivId().map(id -> "arXiv " + id)
        .orElse(m.url().orElse(m.matchedText()));
    List<String> items = new ArrayList<>();
    r.title().filter(t -> t.verdict() == Verdict.MISMATCH)
        .ifPresent(t -> items.add(where + ": " + title(r, t)));
    r.date().filter(d -> d.verdict() == Verdict.MISMATCH)
        .ifPresent(d -> items.add(where + ": " + date(m, d)));
    String status = MentionTable.status(r);
    if (status.equals("not_found") || status.equals("invalid_id")) {
      items.add(where + ": " + (status.equals("not_found") ? "arXiv has no paper with this ID"
          : "not a valid arXiv ID") + claimed(m) + suggestion(r));
    } else if (m.kind() == Mention.Kind.NOT_ARXIV && r.suggestion().isPresent()) {
      items.add(where + ": not an arXiv link" + claimed(m) + suggestion(r));
    }
    String source = m.claimSource().map(c -> " (claims read from " + escape(c) + ")").orElse("");
    return items.stream().map(i -> i + source).toList();
  }

  private static String claimed(Mention m) {
    return m.claimedTitle().map(t -> ", claimed title \"" + escape(t) + "\"").orElse("");
  }

  private static String title(Reconciliation r, TitleCheck t) {
    return "title claimed \"" + escape(r.mention().claimedTitle().orElse("")) + "\", arXiv has \""
        + escape(r.paper().map(p -> p.title()).orElse("")) + "\" (" + t.reason() + ")"
        + suggestion(r);
  }

  private static String date(Mention m, DateCheck d) {
    String claimed = m.claimedDate().map(c -> "\"" + escape(c.text()) + "\""
        + (c.text().equals(c.iso()) ? "" : " (" + c.iso() + ")")).orElse("");
    return "date claimed " + claimed + ", v1 is " + d.canonical().map(Object::toString)
        .orElse("?") + " (" + d.deltaDays().getAsLong() + " days; " + d.reason() + ")";
  }

  private static String suggestion(Reconciliation r) {
    return r.suggestion().map(s -> "; suggested: arXiv " + s.id() + " \"" + escape(s.title())
        + "\"").orElse("; no confident suggestion");
  }

  /** Keeps claimed text from being read as Markdown markup or HTML. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
  }
}
