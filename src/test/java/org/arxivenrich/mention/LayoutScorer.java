package org.arxivenrich.mention;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Scores one article's extracted mentions against its labels, as FIXTURES-8.md says: labels and
 * mentions are paired per ID in order of appearance; a paired mention's title is right when it
 * equals the label after {@link #normalizeTitle}, its date when the ISO strings are equal.
 */
final class LayoutScorer {
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private LayoutScorer() {}

  /** What the scorer needs of an extracted mention; empty strings for no claim. */
  record Found(String id, String title, String date) {}

  /** One article's counts, and what differed, for the report. */
  record Scored(LayoutTally tally, List<String> differences) {}

  /** The mention as the scorer sees it; links that are not arXiv and citations are not scored. */
  static Optional<Found> found(Mention m) {
    if (m.form() == Form.CITATION) {
      return Optional.empty();
    }
    String title = m.claimedTitle().orElse("");
    String date = m.claimedDate().map(ClaimedDate::iso).orElse("");
    return switch (m.kind()) {
      case ARXIV -> Optional.of(new Found(m.arxivId().orElseThrow().value(), title, date));
      case INVALID_ID -> Optional.of(new Found("invalid:" + m.idText(), title, date));
      case NOT_ARXIV -> Optional.empty();
    };
  }

  /**
   * NFKC, lower case, LaTeX braces dropped, every run of punctuation, symbols and white space
   * made one space (so surrounding quotes and brackets vanish).
   */
  static String normalizeTitle(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(s.replace("{", "").replace("}", "")).replaceAll(" ").strip();
  }

  static Scored score(List<LayoutLabel> labels, List<Found> found) {
    Map<String, Deque<Found>> byId = new LinkedHashMap<>();
    for (Found f : found) {
      byId.computeIfAbsent(f.id(), k -> new ArrayDeque<>()).add(f);
    }
    Counter c = new Counter();
    for (LayoutLabel label : labels) {
      Found f = byId.getOrDefault(label.id(), new ArrayDeque<>()).poll();
      if (f == null) {
        c.differences.add("missed " + label.id());
      } else {
        c.pair(label, f);
      }
    }
    byId.values().forEach(rest -> rest.forEach(f -> c.differences.add("extra " + f.id())));
    return new Scored(c.tally(labels.size(), found.size()), List.copyOf(c.differences));
  }

  /** Running counts over one article's pairs. */
  private static final class Counter {
    final List<String> differences = new ArrayList<>();
    int paired;
    int titleCorrect;
    int titleClaimed;
    int titleLabelled;
    int dateCorrect;
    int dateClaimed;
    int dateLabelled;

    void pair(LayoutLabel label, Found f) {
      paired++;
      boolean titleRight = compare("title", label.id(), label.title(), f.title(),
          normalizeTitle(label.title()).equals(normalizeTitle(f.title())));
      titleClaimed += f.title().isEmpty() ? 0 : 1;
      titleLabelled += label.title().isEmpty() ? 0 : 1;
      titleCorrect += titleRight ? 1 : 0;
      boolean dateRight = compare("date", label.id(), label.date(), f.date(),
          label.date().equals(f.date()));
      dateClaimed += f.date().isEmpty() ? 0 : 1;
      dateLabelled += label.date().isEmpty() ? 0 : 1;
      dateCorrect += dateRight ? 1 : 0;
    }

    /** True when both sides have a claim and it is equal; records a difference otherwise. */
    private boolean compare(String what, String id, String expected, String got, boolean equal) {
      if (expected.isEmpty() && got.isEmpty()) {
        return false;
      }
      boolean right = !expected.isEmpty() && !got.isEmpty() && equal;
      if (!right) {
        differences.add(
            String.format("%s %s: expected \"%s\", got \"%s\"", what, id, expected, got));
      }
      return right;
    }

    LayoutTally tally(int expected, int extracted) {
      return new LayoutTally(1, expected, extracted, paired, titleCorrect, titleClaimed,
          titleLabelled, dateCorrect, dateClaimed, dateLabelled);
    }
  }
}
