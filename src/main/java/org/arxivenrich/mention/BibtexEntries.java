package org.arxivenrich.mention;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Value;

/**
 * Reads BibTeX and biblatex entries ({@code @article{…}}) wherever they are written (a fenced
 * code block, a {@code <pre>}, plain text) with jbibtex, one entry at a time so that a broken
 * entry costs only itself (issue #8). Each entry is a closed unit claiming its {@code title} and
 * its {@code date}, or {@code year} and {@code month}; an {@code eprint} whose
 * {@code archivePrefix}/{@code eprinttype} is arXiv (or that is an arXiv ID) is a mention.
 */
final class BibtexEntries {
  private static final Pattern ENTRY_START = Pattern.compile("@([A-Za-z]+)[ \\t]*[{(]");
  private static final Pattern CORR_VOLUME = Pattern.compile("(?i)\\bvolume[ \\t]*=[ \\t]*"
      + "[{\"]?[ \\t]*abs/(\\d{4}\\.\\d{4,5})(?:v(\\d+))?(?![\\d.])");
  private static final Pattern EPRINT_VALUE =
      Pattern.compile("(?i)\\beprint[ \\t]*=[ \\t]*[{\"]?[ \\t]*(?:arxiv:)?");
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"};
  private static final int MAX_ENTRY = 20_000;

  private BibtexEntries() {}

  /** Adds every entry in {@code text} to {@code structure}; cheap when there is no {@code @}. */
  static void read(String text, Structure structure) {
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      Matcher m = ENTRY_START.matcher(text).region(at, Math.min(text.length(), at + 40));
      if (!opensLine(text, at) || !m.lookingAt()) {
        continue;
      }
      String type = m.group(1).toLowerCase(Locale.ROOT);
      int end = closing(text, m.end() - 1);
      if (end > 0 && !type.equals("string") && !type.equals("comment")
          && !type.equals("preamble")) {
        entry(text, at, end, structure);
        at = end - 1;
      }
    }
  }

  /** Only spaces, tabs or a quote's {@code >} come before {@code at} on its line. */
  private static boolean opensLine(String text, int at) {
    for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '>') {
        return false;
      }
    }
    return true;
  }

  /** The offset after the brace closing the one at {@code open}; -1 if none is near. */
  private static int closing(String text, int open) {
    int depth = 0;
    int limit = Math.min(text.length(), open + MAX_ENTRY);
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '(') {
        depth++;
      } else if ((c == '}' || c == ')') && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static void entry(String text, int start, int end, Structure structure) {
    Optional<Map<String, String>> fields = parse(text.substring(start, end));
    if (fields.isEmpty()) {
      structure.unit(Unit.plain(start, end, "bibtex", true));
      return;
    }
    Map<String, String> f = fields.get();
    Optional<Sourced<String>> title = Optional.ofNullable(f.get("title"))
        .flatMap(t -> TitleReader.clean(LatexText.plain(t)))
        .map(t -> new Sourced<>(t, "bibtex:title"));
    structure.unit(new Unit(start, end, "bibtex", true, title, date(f), OptionalInt.empty()));
    eprint(text, start, end, f).ifPresent(structure::hit);
    corrVolume(text, start, end, f).ifPresent(structure::hit);
  }

  /**
   * DBLP files arXiv preprints as journal CoRR with {@code volume = {abs/ID}}, Semantic Scholar
   * as journal ArXiv: that volume is the arXiv ID, a mention of its own (issue #8), whatever else
   * the entry links.
   */
  private static Optional<Hit> corrVolume(String text, int start, int end,
      Map<String, String> f) {
    String journal = f.getOrDefault("journal", "").replaceAll("[{}\\s]", "");
    boolean preprints = journal.equalsIgnoreCase("corr") || journal.equalsIgnoreCase("arxiv");
    if (!preprints || !f.getOrDefault("volume", "").contains("abs/")) {
      return Optional.empty();
    }
    Matcher m = CORR_VOLUME.matcher(text).region(start, end);
    if (!m.find()) {
      return Optional.empty();
    }
    Target target = Target.marked(Form.TEXT, m.group(1), m.group(2));
    int to = m.end(2) >= 0 ? m.end(2) : m.end(1);
    return Optional.of(new Hit(m.start(1), to, target, text.substring(m.start(1), to),
        Optional.empty(), Optional.empty()));
  }

  /** The fields of one entry, names in lower case, values as written (braces kept). */
  static Optional<Map<String, String>> parse(String entry) {
    try {
      BibTeXParser parser = new BibTeXParser() {
        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
          // an undefined macro (a month written jun) is read as its name
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
          // crossref targets are elsewhere; the entry's own fields are what it claims
        }
      };
      BibTeXDatabase db = parser.parse(new StringReader(entry));
      return db.getEntries().values().stream().findFirst().map(BibtexEntries::fields);
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> fields(BibTeXEntry e) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<Key, Value> f : e.getFields().entrySet()) {
      String value;
      try {
        value = f.getValue().toUserString();
      } catch (RuntimeException unresolved) {
        value = f.getValue().toString();
      }
      fields.putIfAbsent(f.getKey().getValue().toLowerCase(Locale.ROOT), value.strip());
    }
    return fields;
  }

  /** biblatex {@code date} at its precision, else {@code year} with {@code month}. */
  private static Optional<Sourced<ClaimedDate>> date(Map<String, String> f) {
    Optional<ClaimedDate> date = Optional.ofNullable(f.get("date"))
        .flatMap(d -> isoDate(LatexText.plain(d)));
    if (date.isPresent()) {
      return date.map(d -> new Sourced<>(d, "bibtex:date"));
    }
    String year = f.getOrDefault("year", "").replaceAll("[{}\\s]", "");
    if (!year.matches("(?:19|20)\\d{2}")) {
      return Optional.empty();
    }
    int y = Integer.parseInt(year);
    OptionalInt month = month(f.getOrDefault("month", ""));
    return Optional.of(month.isPresent()
        ? new Sourced<>(ClaimedDate.ofMonth(y, month.getAsInt(), year + " " + f.get("month")),
            "bibtex:year+month")
        : new Sourced<>(ClaimedDate.ofYear(y, year), "bibtex:year"));
  }

  private static Optional<ClaimedDate> isoDate(String d) {
    Matcher m = Pattern.compile("((?:19|20)\\d{2})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?").matcher(d);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    try {
      int y = Integer.parseInt(m.group(1));
      return Optional.of(m.group(2) == null ? ClaimedDate.ofYear(y, d)
          : m.group(3) == null ? ClaimedDate.ofMonth(y, Integer.parseInt(m.group(2)), d)
          : ClaimedDate.ofDay(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), d));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  private static OptionalInt month(String raw) {
    String m = raw.replaceAll("[{}\\s.]", "").toLowerCase(Locale.ROOT);
    if (m.matches("\\d{1,2}")) {
      int n = Integer.parseInt(m);
      return n >= 1 && n <= 12 ? OptionalInt.of(n) : OptionalInt.empty();
    }
    for (int i = 0; i < MONTHS.length; i++) {
      if (m.length() >= 3 && m.startsWith(MONTHS[i])) {
        return OptionalInt.of(i + 1);
      }
    }
    return OptionalInt.empty();
  }

  /** The {@code eprint} as a mention, unless it is a text form the scanner already found. */
  private static Optional<Hit> eprint(String text, int start, int end, Map<String, String> f) {
    String eprint = f.getOrDefault("eprint", "").replaceAll("[{}\\s]", "");
    String prefix = (f.getOrDefault("archiveprefix", "") + f.getOrDefault("eprinttype", ""))
        .toLowerCase(Locale.ROOT);
    boolean arxiv = prefix.contains("arxiv") || (prefix.isBlank()
        && ArxivId.tryParseVersioned(eprint).isPresent());
    if (eprint.isEmpty() || !arxiv || eprint.toLowerCase(Locale.ROOT).startsWith("arxiv")) {
      return Optional.empty();
    }
    Matcher m = EPRINT_VALUE.matcher(text).region(start, end);
    if (!m.find()) {
      return Optional.empty();
    }
    Matcher id = Pattern.compile("([^\\s{}\",]+?)(?:v(\\d+))?(?=[\\s}\",]|$)").matcher(text)
        .region(m.end(), end);
    if (!id.lookingAt()) {
      return Optional.empty();
    }
    Target target = Target.marked(Form.TEXT, id.group(1), id.group(2));
    return Optional.of(new Hit(id.start(), id.end(), target, id.group(), Optional.empty(),
        Optional.empty()));
  }
}
