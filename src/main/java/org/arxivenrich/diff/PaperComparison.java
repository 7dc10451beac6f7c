package org.arxivenrich.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.arxivenrich.diff.Diff.PaperRef;
import org.arxivenrich.diff.Diff.SourceChange;

/**
 * Compares the paper rows of two datasets by {@code arxiv_id}: which appeared, which disappeared,
 * and what changed at arXiv for the ones in both.
 */
final class PaperComparison {
  private static final Columns COLUMNS = Columns.PAPERS;

  private final TreeMap<String, Map<String, String>> before;
  private final TreeMap<String, Map<String, String>> after;

  PaperComparison(List<Map<String, String>> before, List<Map<String, String>> after) {
    this.before = byId(before);
    this.after = byId(after);
  }

  private static TreeMap<String, Map<String, String>> byId(List<Map<String, String>> rows) {
    TreeMap<String, Map<String, String>> byId = new TreeMap<>();
    rows.forEach(r -> byId.put(COLUMNS.get(r, "arxiv_id"), r));
    return byId;
  }

  List<PaperRef> appeared() {
    return only(after, before);
  }

  List<PaperRef> disappeared() {
    return only(before, after);
  }

  private static List<PaperRef> only(TreeMap<String, Map<String, String>> in,
      TreeMap<String, Map<String, String>> notIn) {
    return in.entrySet().stream().filter(e -> !notIn.containsKey(e.getKey()))
        .map(e -> new PaperRef(e.getKey(), COLUMNS.get(e.getValue(), "title"),
            COLUMNS.get(e.getValue(), "status"))).toList();
  }

  /** Changes at the source, by arxiv_id then kind of change. */
  List<SourceChange> sourceChanges() {
    List<SourceChange> changes = new ArrayList<>();
    after.forEach((id, now) -> {
      Map<String, String> was = before.get(id);
      if (was != null) {
        changes.addAll(changes(id, was, now));
      }
    });
    return changes.stream().sorted(Comparator.comparing(SourceChange::arxivId)
        .thenComparing(SourceChange::change)).toList();
  }

  private static List<SourceChange> changes(String id, Map<String, String> b,
      Map<String, String> a) {
    List<SourceChange> changes = new ArrayList<>();
    String status = COLUMNS.get(a, "status");
    if (!COLUMNS.get(b, "status").equals(status)) {
      // An unresolved row has no metadata: comparing it field by field would report noise.
      changes.add(new SourceChange(id, "status", COLUMNS.get(b, "status"), status));
      return changes;
    }
    int oldVersion = COLUMNS.number(b, "latest_version", 0);
    int newVersion = COLUMNS.number(a, "latest_version", 0);
    if (newVersion > oldVersion && oldVersion > 0) {
      changes.add(new SourceChange(id, "new_version", "v" + oldVersion, "v" + newVersion));
    }
    field(changes, id, "title", "title_revised", b, a);
    added(changes, id, "doi", b, a);
    added(changes, id, "journal_ref", b, a);
    if (withdrawn(a) && !withdrawn(b)) {
      changes.add(new SourceChange(id, "withdrawn", COLUMNS.get(b, "comment"),
          COLUMNS.get(a, "comment")));
    }
    return changes;
  }

  private static void added(List<SourceChange> changes, String id, String column,
      Map<String, String> b, Map<String, String> a) {
    String kind = COLUMNS.get(b, column).isEmpty() ? column + "_added" : column + "_changed";
    field(changes, id, column, kind, b, a);
  }

  private static void field(List<SourceChange> changes, String id, String column, String kind,
      Map<String, String> b, Map<String, String> a) {
    String was = COLUMNS.get(b, column);
    String is = COLUMNS.get(a, column);
    if (!was.equals(is) && !is.isEmpty()) {
      changes.add(new SourceChange(id, kind, was, is));
    }
  }

  /** arXiv marks a withdrawal in the comment ("This paper has been withdrawn by the author"). */
  private static boolean withdrawn(Map<String, String> paper) {
    return COLUMNS.get(paper, "comment").toLowerCase(Locale.ROOT).contains("withdrawn");
  }
}
