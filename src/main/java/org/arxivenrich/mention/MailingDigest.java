package org.arxivenrich.mention;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the entries of an arXiv listing mailing (issue #8): from an {@code arXiv:ID} line, or a
 * {@code Paper: hep-th/9711200} line as listings wrote it before 2007, to the
 * {@code \\ ( https://arxiv.org/abs/ID , 12kb)} line that closes it, a closed unit claiming its
 * {@code Title:} (continued on indented lines) and its {@code Date:} (the v1 submission).
 */
final class MailingDigest {
  private static final Pattern ENTRY = Pattern.compile("(?m)^(?:>[ \\t]?)*(?:arXiv:"
      + "|Paper(?:[ \\t]*\\([^()\\n]{1,30}\\))?:[ \\t]*)[0-9a-z.\\-/]+(?:v\\d+)?(?:[ \\t].*)?$");
  private static final Pattern FIELD =
      Pattern.compile("(?m)^(?:>[ \\t]?)*(Title|Date)[ \\t]*:[ \\t]*(.*)$");
  /** A quoted reply's {@code > } marks, which a quoted listing keeps on every line. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>[ \\t]?)+");
  private static final Pattern NEXT_FIELD = Pattern.compile("^[A-Za-z][\\w ()-]{0,30}:");
  private static final int MAX_ENTRY = 8_000;

  private MailingDigest() {}

  static void read(String text, TextLines lines, Structure structure) {
    if (!text.contains("Title:") || !text.contains("Author")
        || !(text.contains("arXiv:") || text.contains("Paper"))) { // the rarest first
      return; // not a listing ("Author:" alone in old entries)
    }
    Matcher m = ENTRY.matcher(text);
    int start = -1;
    while (m.find()) {
      if (start >= 0) {
        entry(text, lines, start, end(text, start, m.start()), structure);
      }
      start = m.start();
    }
    if (start >= 0) {
      entry(text, lines, start, end(text, start, text.length()), structure);
    }
  }

  /** An entry ends with its {@code \\ ( URL ...)} line, at the next entry, or at its bound. */
  private static int end(String text, int start, int next) {
    int limit = Math.min(next, start + MAX_ENTRY);
    int close = text.indexOf("\\\\ (", start);
    if (close >= 0 && close < limit) {
      int lineEnd = text.indexOf('\n', close);
      return lineEnd < 0 ? text.length() : lineEnd;
    }
    return limit;
  }

  private static void entry(String text, TextLines lines, int start, int end,
      Structure structure) {
    Optional<Sourced<String>> title = Optional.empty();
    Optional<Sourced<ClaimedDate>> date = Optional.empty();
    Matcher f = FIELD.matcher(text).region(start, end);
    while (f.find()) {
      if (f.group(1).equals("Title") && title.isEmpty()) {
        title = TitleReader.clean(continued(text, lines, f.group(2), f.end(), end))
            .map(t -> new Sourced<>(t, "mailing:Title"));
      } else if (f.group(1).equals("Date") && date.isEmpty()) {
        date = new DateReader().first(f.group(2)).map(d -> new Sourced<>(d, "mailing:Date"));
      }
    }
    structure.unit(new Unit(start, end, "mailing_entry", true, title, date,
        OptionalInt.empty()));
  }

  /** A field's value with its indented continuation lines, joined by spaces. */
  private static String continued(String text, TextLines lines, String first, int from, int end) {
    StringBuilder value = new StringBuilder(first.strip());
    for (int s = from + 1; s < end; ) {
      int e = lines.lineEnd(s);
      String line = QUOTE_MARKS.matcher(text.substring(s, e)).replaceFirst("");
      if (line.isBlank() || !Character.isWhitespace(line.charAt(0))
          || NEXT_FIELD.matcher(line.strip()).lookingAt()) {
        break;
      }
      value.append(' ').append(line.strip());
      s = e + 1;
    }
    return value.toString();
  }
}
