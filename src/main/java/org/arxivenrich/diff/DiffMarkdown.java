package org.arxivenrich.diff;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.arxivenrich.diff.Diff.DateCorrection;
import org.arxivenrich.diff.Diff.MentionRef;
import org.arxivenrich.diff.Diff.PaperRef;
import org.arxivenrich.diff.Diff.SourceChange;
import org.arxivenrich.diff.Diff.VerdictChange;

/** Renders a {@link Diff} for a person: the corrected dates first, then every other change. */
final class DiffMarkdown {
  private final Diff diff;
  private final StringBuilder md = new StringBuilder();

  DiffMarkdown(Diff diff) {
    this.diff = diff;
  }

  String text() {
    md.append(diff.previous().map(p -> "# Changes since " + p + "\n\n")
        .orElse("# First run\n\nNo earlier run to compare with: everything below is new, and "
            + "the next run will be compared with this one.\n\n"));
    long fresh = diff.correctedDates().stream().filter(c -> "new".equals(c.mark())).count();
    md.append("## Corrected dates: ").append(diff.correctedDates().size()).append(" (")
        .append(fresh).append(" new)\n\n");
    dates(diff.correctedDates(), "No claimed date disagrees with arXiv.");
    if (!diff.fixedDates().isEmpty()) {
      md.append("### Fixed since the previous run\n\n");
      dates(diff.fixedDates(), "");
    }
    if (!diff.firstRun()) {
      changes();
    }
    return md.toString();
  }

  private void dates(List<DateCorrection> dates, String none) {
    table(dates, none, "| | article | line | arXiv | claimed | published (v1) | days | reason |",
        c -> row(c.mark(), c.article(), c.line(), c.arxivId(), claim(c), c.published(),
            c.deltaDays(), c.reason()));
  }

  private static String claim(DateCorrection c) {
    return c.claimedDateText().isEmpty() || c.claimedDateText().equals(c.claimedDate())
        ? c.claimedDate() : c.claimedDate() + " (\"" + c.claimedDateText() + "\")";
  }

  private void changes() {
    section("Mentions appeared", diff.mentionsAppeared(), this::mention);
    section("Mentions disappeared", diff.mentionsDisappeared(), this::mention);
    section("Papers appeared", diff.papersAppeared(), this::paper);
    section("Papers disappeared", diff.papersDisappeared(), this::paper);
    md.append("## Changed at arXiv: ").append(diff.sourceChanges().size()).append("\n\n");
    table(diff.sourceChanges(), "Nothing.", "| arXiv | change | before | after |",
        (SourceChange c) -> row(c.arxivId(), c.change(), c.before(), c.after()));
    md.append("## Verdicts changed: ").append(diff.verdictChanges().size()).append("\n\n");
    table(diff.verdictChanges(), "Nothing.",
        "| article | line | arXiv | field | before | after | claim before | claim after |",
        (VerdictChange c) -> row(c.article(), c.line(), c.arxivId(), c.field(), c.before(),
            c.after(), c.claimBefore(), c.claimAfter()));
  }

  private <T> void section(String title, List<T> items, Consumer<List<T>> body) {
    md.append("## ").append(title).append(": ").append(items.size()).append("\n\n");
    body.accept(items);
  }

  private void mention(List<MentionRef> refs) {
    table(refs, "None.", "| article | line | arXiv or link | text | status |",
        m -> row(m.article(), m.line(), m.arxivId().isEmpty() ? m.url() : m.arxivId(),
            m.matchedText(), m.status()));
  }

  private void paper(List<PaperRef> refs) {
    table(refs, "None.", "| arXiv | title | status |",
        p -> row(p.arxivId(), p.title(), p.status()));
  }

  private <T> void table(List<T> items, String none, String header, Function<T, String> row) {
    if (items.isEmpty()) {
      md.append(none.isEmpty() ? "" : none + "\n\n");
      return;
    }
    md.append(header).append('\n').append(header.replaceAll("[^|]+", "---")).append('\n');
    items.forEach(i -> md.append(row.apply(i)).append('\n'));
    md.append('\n');
  }

  private static String row(Object... cells) {
    StringBuilder r = new StringBuilder("|");
    for (Object cell : cells) {
      // A pipe or a line break inside a cell would break the table.
      r.append(' ').append(String.valueOf(cell).replace("|", "\\|").replaceAll("[\r\n]+", " "))
          .append(" |");
    }
    return r.toString();
  }
}
