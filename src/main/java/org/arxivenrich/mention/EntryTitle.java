package org.arxivenrich.mention;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title in a reference entry written "Authors. Title. Venue", by its citation style (issue
 * #8): ACL/natbib and numbered entries, Vancouver's run-together authors, APA's date after the
 * authors, and Zhihu's {@code ^Title URL}.
 */
final class EntryTitle {
  private static final String VANCOUVER_NAME =
      "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)*\\s\\p{Lu}{1,3}";
  private static final Pattern ENTRY_NUMBER =
      Pattern.compile(CitationLinker.NUMBERED.pattern() + "\\s*");
  /**
   * Vancouver's authors, {@code Es S, James J, Schockaert S.}: surnames with their initials run
   * together, so the last initial's full stop ends the authors, unlike "A." in other styles.
   * Two names at least: {@code Carlos E. Jimenez} is one author in ACL's style.
   */
  private static final Pattern VANCOUVER_AUTHORS = Pattern.compile("(?:" + VANCOUVER_NAME
      + ",\\s)+" + VANCOUVER_NAME + "\\.\\s+");
  /** APA's date after the authors' last initial: {@code Zaremba, W. (2021). } (issue #8). */
  private static final Pattern APA_DATE = Pattern.compile("(?<=[A-Z]\\.|al\\.)\\s?\\((?:19|20)"
      + "\\d{2}[a-z]?(?:,\\s*\\p{L}+\\.?(?:\\s+\\d{1,2})?)?\\)\\.\\s+");
  /** A {@code ^} footnote entry: the title alone, maybe followed by a full stop. */
  private static final Pattern CARET_ENTRY = Pattern.compile("\\s*\\^(?:[a-z]{1,4}(?=[\\s“\"《]))?"
      + "\\s*(?:\\[\\d{4}\\.\\d{4,5}(?:v\\d+)?\\]\\s*)?(\\S.{1,300}?)"
      + "(?:\\.\\s+(?:19|20)\\d{2}\\S*)?[\\s.。:：,，]*");
  private static final Pattern YEAR_ONLY = Pattern.compile("\\(?(?:19|20)\\d{2}[a-z]?\\)?");

  private EntryTitle() {}

  /**
   * The title in a reference entry written "Authors. Title. Venue": the second full-stop
   * segment, counting neither initials ("A. Vaswani") nor a year in parentheses as segments.
   */
  static Optional<String> read(String entry) {
    String body = ENTRY_NUMBER.matcher(entry).replaceFirst("");
    Matcher caret = CARET_ENTRY.matcher(body);
    if (caret.matches()) { // Zhihu's "1. ^Title URL": the whole entry is the title
      return TitleReader.clean(caret.group(1));
    }
    Matcher authors = VANCOUVER_AUTHORS.matcher(body);
    Matcher apa = APA_DATE.matcher(body);
    if (authors.lookingAt()) {
      body = "Authors. " + body.substring(authors.end());
    } else if (apa.find()) {
      body = "Authors. " + body.substring(apa.end()); // initials such as "d. O." end nothing
    }
    List<String> segments = Arrays.stream(TitleReader.SEGMENT_END.split(body)).map(String::strip)
        .filter(seg -> !seg.isEmpty() && !YEAR_ONLY.matcher(seg).matches()).toList();
    if (segments.size() < 2 || segments.get(1).startsWith("In ")
        || !segments.get(1).contains(" ")) {
      return Optional.empty();
    }
    return TitleReader.clean(segments.get(1));
  }
}
