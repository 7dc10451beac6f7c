package org.arxivenrich.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title and date of one reference-list entry, its wrapped lines joined (issue #8), in
 * the common citation styles: IEEE's quoted {@code “Title,”}; APA's {@code Authors (2019).
 * Title.}; ACL/natbib's {@code Authors. 2023. Title.}; Vancouver's {@code Authors. Title.
 * Journal. 2020 May 28}; GB/T 7714's {@code Title[J]}; Zhihu's {@code ^Title URL}. The date is
 * the publication's, never a {@code [cited …]} or "accessed" date. A "title" holding a clause
 * after a semicolon is prose (a footnote's remark), not an entry's title.
 */
final class ReferenceEntry {
  private static final Pattern NOISE = Pattern.compile("(?i)\\[cited[^\\]]*\\]|\\b(?:accessed"
      + "|retrieved|visited)\\b[^.]*\\.?|https?://\\S+|\\((?:arxiv|doi)[^)]*\\)|[*_]{1,2}");
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"]{8,300}?)[,.，]?[”\"]");
  private static final Pattern YEAR = Pattern.compile("(?<![\\w/.:-])((?:19|20)\\d{2})[a-z]?"
      + "(?![\\w/-]|\\.\\d)");
  private static final DateReader DATES = new DateReader();
  /** Compiled once: {@code String.replaceAll} compiled it per entry (issue #13). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ReferenceEntry() {}

  static Optional<Sourced<String>> title(String entry) {
    String text = clean(entry);
    Matcher q = QUOTED.matcher(text);
    Optional<String> t = q.find() ? TitleReader.clean(q.group(1))
        : EntryTitle.read(text);
    return t.filter(s -> s.contains(" ") || s.length() > 12).filter(s -> !s.contains("; "))
        .map(s -> new Sourced<>(s, "reference_entry"));
  }

  static Optional<Sourced<ClaimedDate>> date(String entry) {
    String text = clean(entry);
    Optional<ClaimedDate> full = DATES.find(text, 0, text.length()).stream()
        .map(DateReader.Found::date).findFirst();
    if (full.isEmpty()) {
      Matcher y = YEAR.matcher(text);
      full = y.find() ? Optional.of(ClaimedDate.ofYear(Integer.parseInt(y.group(1)), y.group()))
          : Optional.empty();
    }
    return full.map(d -> new Sourced<>(d, "reference_entry"));
  }

  /** The entry on one line, without links, IDs, markup and access dates. */
  static String clean(String entry) {
    String noisy = NOISE.matcher(SPACES.matcher(entry).replaceAll(" ")).replaceAll(" ");
    return SPACES.matcher(noisy).replaceAll(" ").strip();
  }
}
