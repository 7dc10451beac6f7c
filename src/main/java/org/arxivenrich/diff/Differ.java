package org.arxivenrich.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.diff.Diff.DateCorrection;
import org.arxivenrich.diff.Diff.MentionRef;
import org.arxivenrich.diff.Diff.VerdictChange;
import org.arxivenrich.diff.MentionPairing.Pair;

/**
 * Compares two datasets by the issue-4 column contract: mentions paired by {@link MentionPairing},
 * papers by {@code arxiv_id}.
 */
public final class Differ {
  private static final List<String> VERDICTS = List.of("title_verdict", "date_verdict", "status");
  private static final Comparator<DateCorrection> CORRECTIONS = Comparator
      .comparing((DateCorrection c) -> !"new".equals(c.mark()))
      .thenComparing(DateCorrection::article).thenComparingInt(DateCorrection::line)
      .thenComparing(DateCorrection::arxivId);

  /** The diff of a first run: nothing to compare with, every corrected date is new. */
  public Diff firstRun(Dataset now) {
    return compare(new Dataset(List.of(), List.of()), now, Optional.empty());
  }

  /** The diff from {@code before} (the run or folder named {@code previous}) to {@code now}. */
  public Diff compare(Dataset before, Dataset now, String previous) {
    return compare(before, now, Optional.of(previous));
  }

  private Diff compare(Dataset before, Dataset now, Optional<String> previous) {
    List<DateCorrection> corrected = new ArrayList<>();
    List<DateCorrection> fixed = new ArrayList<>();
    List<MentionRef> appeared = new ArrayList<>();
    List<MentionRef> disappeared = new ArrayList<>();
    List<VerdictChange> verdicts = new ArrayList<>();
    for (Pair p : MentionPairing.pair(before.mentions(), now.mentions())) {
      p.after().filter(Differ::dateMismatch)
          .ifPresent(a -> corrected.add(correction(known(p.before(), a) ? "known" : "new", a)));
      if (p.before().isEmpty()) {
        appeared.add(ref(p.after().orElseThrow()));
      } else if (p.after().isEmpty()) {
        disappeared.add(ref(p.before().orElseThrow()));
      } else {
        verdicts.addAll(verdictChanges(p.before().get(), p.after().get()));
        p.before().filter(b -> dateMismatch(b) && !dateMismatch(p.after().get()))
            .ifPresent(b -> fixed.add(correction("fixed", b)));
      }
    }
    PaperComparison papers = new PaperComparison(before.papers(), now.papers());
    return new Diff(previous, sorted(corrected, CORRECTIONS), sorted(fixed, CORRECTIONS),
        sortedRefs(appeared), sortedRefs(disappeared), papers.appeared(), papers.disappeared(),
        papers.sourceChanges(), verdicts.stream().sorted(Comparator
            .comparing(VerdictChange::article).thenComparingInt(VerdictChange::line)
            .thenComparing(VerdictChange::field)).toList());
  }

  private static boolean dateMismatch(Map<String, String> row) {
    return Columns.MISMATCH.equals(Columns.get(row, "date_verdict"));
  }

  /** Known: the same mention made the same claim last run, and it was already a mismatch. */
  private static boolean known(Optional<Map<String, String>> before, Map<String, String> now) {
    return before.filter(Differ::dateMismatch).filter(b -> Columns.get(b, "claimed_date")
        .equals(Columns.get(now, "claimed_date"))).isPresent();
  }

  private static DateCorrection correction(String mark, Map<String, String> r) {
    return new DateCorrection(mark, Columns.get(r, "article"), Columns.number(r, "line", 0),
        Columns.get(r, "arxiv_id"), Columns.get(r, "claimed_date"),
        Columns.get(r, "claimed_date_text"), Columns.get(r, "published"),
        Columns.get(r, "date_delta_days"), Columns.get(r, "reason"));
  }

  private static MentionRef ref(Map<String, String> r) {
    return new MentionRef(Columns.get(r, "article"), Columns.number(r, "line", 0),
        Columns.number(r, "column", 0), Columns.get(r, "arxiv_id"), Columns.get(r, "url"),
        Columns.get(r, "matched_text"), Columns.get(r, "status"));
  }

  private static List<VerdictChange> verdictChanges(Map<String, String> b, Map<String, String> a) {
    List<VerdictChange> changes = new ArrayList<>();
    for (String field : VERDICTS) {
      String was = Columns.get(b, field);
      String is = Columns.get(a, field);
      if (!was.equals(is)) {
        String claim = field.startsWith("title") ? "claimed_title" : "claimed_date";
        changes.add(new VerdictChange(Columns.get(a, "article"), Columns.number(a, "line", 0),
            Columns.get(a, "arxiv_id"), field, was, is, Columns.get(b, claim),
            Columns.get(a, claim)));
      }
    }
    return changes;
  }

  private static List<MentionRef> sortedRefs(List<MentionRef> refs) {
    return sorted(refs, Comparator.comparing(MentionRef::article)
        .thenComparingInt(MentionRef::line).thenComparingInt(MentionRef::column));
  }

  private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    return list.stream().sorted(order).toList();
  }
}
