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

/** Collects what paired mentions say changed; each list comes back sorted by a stable key. */
final class MentionChanges {
  private static final Columns COLUMNS = Columns.MENTIONS;

  private static final List<String> VERDICTS = List.of("title_verdict", "date_verdict", "status");
  private static final Comparator<DateCorrection> CORRECTIONS = Comparator
      .comparing((DateCorrection c) -> !"new".equals(c.mark()))
      .thenComparing(DateCorrection::article).thenComparingInt(DateCorrection::line)
      .thenComparing(DateCorrection::arxivId);
  private static final Comparator<MentionRef> REFS = Comparator.comparing(MentionRef::article)
      .thenComparingInt(MentionRef::line).thenComparingInt(MentionRef::column);

  private final List<DateCorrection> corrected = new ArrayList<>();
  private final List<DateCorrection> fixed = new ArrayList<>();
  private final List<MentionRef> appeared = new ArrayList<>();
  private final List<MentionRef> disappeared = new ArrayList<>();
  private final List<VerdictChange> verdicts = new ArrayList<>();

  /** Takes in one pair: a mention of both runs, or one that appeared or disappeared. */
  void add(Pair p) {
    p.after().filter(MentionChanges::dateMismatch)
        .ifPresent(a -> corrected.add(correction(known(p.before(), a) ? "known" : "new", a)));
    if (p.before().isEmpty()) {
      appeared.add(ref(p.after().orElseThrow()));
    } else if (p.after().isEmpty()) {
      disappeared.add(ref(p.before().orElseThrow()));
    } else {
      Map<String, String> b = p.before().get();
      Map<String, String> a = p.after().get();
      verdicts.addAll(verdictChanges(b, a));
      if (dateMismatch(b) && !dateMismatch(a)) {
        fixed.add(correction("fixed", b));
      }
    }
  }

  List<DateCorrection> corrected() {
    return corrected.stream().sorted(CORRECTIONS).toList();
  }

  List<DateCorrection> fixed() {
    return fixed.stream().sorted(CORRECTIONS).toList();
  }

  List<MentionRef> appeared() {
    return appeared.stream().sorted(REFS).toList();
  }

  List<MentionRef> disappeared() {
    return disappeared.stream().sorted(REFS).toList();
  }

  List<VerdictChange> verdicts() {
    return verdicts.stream().sorted(Comparator.comparing(VerdictChange::article)
        .thenComparingInt(VerdictChange::line).thenComparing(VerdictChange::field)).toList();
  }

  private static boolean dateMismatch(Map<String, String> row) {
    return Columns.MISMATCH.equals(COLUMNS.get(row, "date_verdict"));
  }

  /** Known: the same mention made the same claim last run, and it was already a mismatch. */
  private static boolean known(Optional<Map<String, String>> before, Map<String, String> now) {
    return before.filter(MentionChanges::dateMismatch).filter(b -> COLUMNS.get(b, "claimed_date")
        .equals(COLUMNS.get(now, "claimed_date"))).isPresent();
  }

  private static DateCorrection correction(String mark, Map<String, String> r) {
    return new DateCorrection(mark, COLUMNS.get(r, "article"), COLUMNS.number(r, "line", 0),
        COLUMNS.get(r, "arxiv_id"), COLUMNS.get(r, "claimed_date"),
        COLUMNS.get(r, "claimed_date_text"), COLUMNS.get(r, "published"),
        COLUMNS.get(r, "date_delta_days"), COLUMNS.get(r, "reason"));
  }

  private static MentionRef ref(Map<String, String> r) {
    return new MentionRef(COLUMNS.get(r, "article"), COLUMNS.number(r, "line", 0),
        COLUMNS.number(r, "column", 0), COLUMNS.get(r, "arxiv_id"), COLUMNS.get(r, "url"),
        COLUMNS.get(r, "matched_text"), COLUMNS.get(r, "status"));
  }

  private static List<VerdictChange> verdictChanges(Map<String, String> b, Map<String, String> a) {
    List<VerdictChange> changes = new ArrayList<>();
    for (String field : VERDICTS) {
      String was = COLUMNS.get(b, field);
      String is = COLUMNS.get(a, field);
      if (!was.equals(is)) {
        String claim = field.startsWith("title") ? "claimed_title" : "claimed_date";
        changes.add(new VerdictChange(COLUMNS.get(a, "article"), COLUMNS.number(a, "line", 0),
            COLUMNS.get(a, "arxiv_id"), field, was, is, COLUMNS.get(b, claim),
            COLUMNS.get(a, claim)));
      }
    }
    return changes;
  }
}
