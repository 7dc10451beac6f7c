package org.arxivenrich.mention;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier without its version, normalized: new style {@code 2303.08774}, old
 * style {@code hep-th/9711200} (the subject class of {@code math.GT/0309136} is not part of the
 * identity).
 *
 * <p>The grammar follows arXiv's "Understanding the arXiv identifier" page: old-style IDs from
 * 1991-08 to 2007-03 as {@code archive/YYMMNNN}; new-style IDs from 2007-04 as {@code YYMM.NNNN},
 * with five digits from 2015-01 on.
 */
public record ArxivId(String value) implements Comparable<ArxivId> {

  /** Archives that appear in old-style identifiers. */
  static final Set<String> OLD_ARCHIVES = Set.of(
      "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an", "chao-dyn",
      "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an", "gr-qc", "hep-ex",
      "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin", "nucl-ex", "nucl-th",
      "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph", "solv-int", "supr-con");

  /** Archive, optional subject class (dropped), then YY, MM and the 3-digit number. */
  private static final Pattern OLD = Pattern.compile(
      "([a-z]+(?:-[a-z]+)?)(?:\\.[A-Za-z]+(?:-[A-Za-z]+)?)?/(\\d{2})(\\d{2})(\\d{3})");
  private static final Pattern VERSION = Pattern.compile("v([1-9]\\d{0,3})");

  /** Validates {@code value} as a normalized identifier; use {@link #parse} for written forms. */
  public ArxivId {
    Objects.requireNonNull(value, "value");
    if (!value.equals(normalizeOrNull(value))) {
      throw new IllegalArgumentException("not a normalized arXiv identifier: " + value);
    }
  }

  /** Parses an identifier as written (without a version), throwing if it breaks the grammar. */
  public static ArxivId parse(String text) {
    return tryParse(text).orElseThrow(
        () -> new IllegalArgumentException("not an arXiv identifier: " + text));
  }

  /** Parses an identifier as written (without a version); empty if it breaks the grammar. */
  public static Optional<ArxivId> tryParse(String text) {
    String normalized = normalizeOrNull(text);
    return normalized == null ? Optional.empty() : Optional.of(new ArxivId(normalized));
  }

  /**
   * Parses {@code 2303.08774v2}-style text into the identifier and its version, if any; empty if
   * either part breaks the grammar.
   */
  public static Optional<Versioned> tryParseVersioned(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int v = text.lastIndexOf('v');
    if (v > 0 && VERSION.matcher(text.substring(v)).matches()) {
      int version = Integer.parseInt(text.substring(v + 1));
      return tryParse(text.substring(0, v)).map(id -> new Versioned(id, Optional.of(version)));
    }
    return tryParse(text).map(id -> new Versioned(id, Optional.empty()));
  }

  /** True for {@code archive/YYMMNNN} identifiers. */
  public boolean isOldStyle() {
    return value.indexOf('/') >= 0;
  }

  @Override
  public int compareTo(ArxivId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalizeOrNull(String text) {
    if (text == null) {
      return null;
    }
    if (isNewShape(text)) {
      return validNew(text) ? text : null;
    }
    Matcher m = OLD.matcher(text);
    if (m.matches() && OLD_ARCHIVES.contains(m.group(1)) && validOld(m)) {
      return m.group(1) + "/" + m.group(2) + m.group(3) + m.group(4);
    }
    return null;
  }

  /**
   * {@code YYMM.NNNN} or {@code YYMM.NNNNN} (ASCII digits): checked char by char rather than by a
   * regex, since every identifier found is parsed (issue #13).
   */
  private static boolean isNewShape(String text) {
    int n = text.length();
    if ((n != 9 && n != 10) || text.charAt(4) != '.') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (i != 4 && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** {@code text} has the new shape: YYMM from 0704, month 1 to 12, the era's digit count. */
  private static boolean validNew(String text) {
    int yymm = Integer.parseInt(text, 0, 4, 10);
    int month = Integer.parseInt(text, 2, 4, 10);
    int digits = text.length() - 5;
    int number = Integer.parseInt(text, 5, text.length(), 10);
    if (month < 1 || month > 12 || yymm < 704 || number == 0) {
      return false;
    }
    return yymm <= 1412 ? digits == 4 : digits == 5;
  }

  private static boolean validOld(Matcher m) {
    int yy = Integer.parseInt(m.group(2));
    int month = Integer.parseInt(m.group(3));
    int year = yy >= 91 ? 1900 + yy : 2000 + yy;
    int yyyymm = year * 100 + month;
    return month >= 1 && month <= 12 && yyyymm >= 199108 && yyyymm <= 200703
        && Integer.parseInt(m.group(4)) > 0;
  }

  /** An identifier with the version the text gave, if it gave one. */
  public record Versioned(ArxivId id, Optional<Integer> version) {
    public Versioned {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
    }

    /** The identifier as written with its version, e.g. {@code 1706.03762v2}. */
    @Override
    public String toString() {
      return id.value() + version.map(v -> "v" + v).orElse("");
    }
  }
}
