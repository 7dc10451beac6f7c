package org.arxivenrich.mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title in a list item, table cell or reference entry (issue #11): authors, venue, year and
 * parentheses around it cut off. Each pattern runs only where the text holds what every match of
 * it needs, looked for by a char loop first (issue #13: this runs for every item of a list).
 */
final class ListItemTitle {
  /** Compiled once: it runs per list item, per parenthesis (issue #13). */
  private static final Pattern STOP_AT_END = Pattern.compile("[.,;]$");
  private static final String OPENING = "(（[";
  private static final String CLOSING = ")）]";
  private static final Pattern DASHES = Pattern.compile("\\s+[—–|-]\\s+");
  /** Names and initials separated by commas: "Lewis, P., Perez, E., Piktus, A". */
  private static final Pattern AUTHORS = Pattern.compile("(?:[A-Z][\\w'’-]*\\.?\\s?){1,3}"
      + "(?:,\\s*(?:and\\s+|&\\s*)?(?:[A-Z][\\w'’-]*\\.?\\s?){1,3})+\\.?");
  /** Authors opening an entry, "Lewis, P., Perez, E. (2020)." or "Vaswani et al. 2017.". */
  private static final Pattern AUTHOR_PREFIX = Pattern.compile("(?:(?:[A-Z][\\w'’-]+"
      + "(?:\\s[A-Z][\\w'’-]+)?,?\\s+(?:[A-Z]\\.\\s?)+(?:,\\s*|\\s*)(?:(?:and|&)\\s+)?)+"
      + "|[^.]{0,80}?et al\\.?,?\\s*)(?:\\(?(?:19|20)\\d{2}[a-z]?\\)?\\.?\\s*)?");
  private static final Pattern TRAILING_VENUE = Pattern.compile(
      "[.,]\\s*(?:In\\s+)?(?:[A-Z][\\w&-]*,?\\s+)*(?:19|20)\\d{2}\\.?\\s*$");

  private ListItemTitle() {}

  /** The title in {@code item}, cleaned, if it may be one. */
  static Optional<String> of(String item) {
    String t = withoutTrailingParens(item);
    String[] parts = mayHoldDash(t) ? DASHES.split(t) : new String[] {t};
    t = parts.length > 1 && isAuthors(parts[0]) ? parts[1] : parts[0];
    String first = firstSegment(t);
    if (mayOpenWithAuthors(t)) {
      Matcher authors = AUTHOR_PREFIX.matcher(t);
      if (authors.lookingAt() && authors.end() < t.length()) {
        return cleaned(firstSegment(t.substring(authors.end())));
      }
    }
    if (!first.equals(t) && isAuthors(first)) {
      t = EntryTitle.read(t).orElse(t);
    }
    return cleaned(t);
  }

  private static Optional<String> cleaned(String t) {
    String title = t.contains("19") || t.contains("20")
        ? TRAILING_VENUE.matcher(t).replaceFirst("") : t; // every venue ends with a year
    return TitleReader.clean(title).filter(TitlePhrases::mayBeTitle);
  }

  /** {@link TitleReader#SEGMENT_END}'s first part: it needs a full stop, ? or ! and a space. */
  private static String firstSegment(String t) {
    for (int i = 0; i + 1 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '?' || c == '!') && isSpace(t.charAt(i + 1))) {
        return TitleReader.SEGMENT_END.split(t, 2)[0];
      }
    }
    return t;
  }

  /** {@link #DASHES} needs a dash or bar with white space on both sides. */
  private static boolean mayHoldDash(String t) {
    for (int i = 1; i + 1 < t.length(); i++) {
      if ("—–|-".indexOf(t.charAt(i)) >= 0 && isSpace(t.charAt(i - 1))
          && isSpace(t.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #AUTHOR_PREFIX} needs an initial ("P.") or "et al": its names end in initials, else
   * in "et al".
   */
  private static boolean mayOpenWithAuthors(String t) {
    if (t.contains("et al")) {
      return true;
    }
    for (int i = 0; i + 1 < t.length(); i++) {
      if (t.charAt(i) >= 'A' && t.charAt(i) <= 'Z' && t.charAt(i + 1) == '.') {
        return true;
      }
    }
    return false;
  }

  /** {@code \s} as the patterns mean it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code text} without the parentheses that end it: "(2017)", "(Vaswani et al., 2017)." */
  private static String withoutTrailingParens(String text) {
    String t = text.strip();
    while (!t.isEmpty()) {
      String end = STOP_AT_END.matcher(t).replaceFirst("").stripTrailing();
      int close = end.isEmpty() ? -1 : CLOSING.indexOf(end.charAt(end.length() - 1));
      int open = close < 0 ? -1 : end.lastIndexOf(OPENING.charAt(close));
      if (open < 0) {
        return t;
      }
      t = end.substring(0, open).stripTrailing();
    }
    return t;
  }

  /** "Vaswani et al.", "Lewis, P., Perez, E.": names and initials, perhaps with a year. */
  private static boolean isAuthors(String text) {
    String names = withoutTrailingParens(text);
    return names.contains("et al") || AUTHORS.matcher(names).matches();
  }
}
