package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.SourceText;

/**
 * Turns the phrases an article presents as titles into {@link TitleCandidate}s (issue #11): the
 * marked phrases and list, table and reference units of the text, and every unit whose structure
 * states a title (a row under a Title column, a BibTeX entry; issue #8) but holds no mention.
 * Each phrase once (the first found wins), none that a mention of the same unit already names,
 * each with the date the article claims around it, read like any mention's.
 */
final class TitleCandidates {
  /** A labelled block (title field to link) spans up to 14 lines in the articles seen. */
  private static final int BLOCK_LINES = 20;

  /**
   * One article as extraction read it: its structure, its mentions' hits in text order and the
   * title each claims (index for index), and where its reference list starts.
   */
  record Read(Article article, Structure structure, Units units, List<Hit> hits,
      List<Optional<String>> titles, int referencesStart) {
    Read {
      titles = List.copyOf(titles);
    }

    String text() {
      return article.text().text();
    }
  }

  private final Read r;
  private final String text;
  private final HitSpans spans;
  /** The comparison key of each mention's title, made when first compared (issue #13). */
  private final String[] titleKeys;

  private TitleCandidates(Read r) {
    this.r = r;
    this.text = r.text();
    this.spans = new HitSpans(r.hits());
    this.titleKeys = new String[r.titles().size()];
  }

  /** The candidates of one article, in text order. */
  static List<TitleCandidate> find(Read r) {
    TitleCandidates c = new TitleCandidates(r);
    List<TitlePhrases.Phrase> phrases = new ArrayList<>(c.structural());
    phrases.addAll(TitlePhrases.find(c.text));
    phrases.addAll(TitleLists.find(c.text, r.referencesStart()));
    List<TitlePhrases.Phrase> kept = distinct(phrases).stream()
        .filter(p -> !c.covered(p)).toList();
    return c.withDates(kept);
  }

  /** The titles units state by their structure, where the unit holds no mention. */
  private List<TitlePhrases.Phrase> structural() {
    List<TitlePhrases.Phrase> found = new ArrayList<>();
    for (Unit u : r.structure().units()) {
      u.title().filter(t -> TitlePhrases.mayBeTitle(t.value()))
          .filter(t -> spans.overlapping(u.start(), u.end()).length == 0)
          .ifPresent(t -> found.add(at(text, u, t)));
    }
    return found;
  }

  private static TitlePhrases.Phrase at(String text, Unit u, Sourced<String> title) {
    int start = text.indexOf(title.value(), u.start());
    start = start < 0 || start >= u.end() ? u.start() : start;
    return new TitlePhrases.Phrase(start, Math.min(u.end(), start + title.value().length()),
        title.value(), title.source());
  }

  /**
   * One phrase per place: of overlapping phrases the first found stays. The phrases kept never
   * overlap, so the one kept that starts last before a phrase's end is the only one to check.
   */
  private static List<TitlePhrases.Phrase> distinct(List<TitlePhrases.Phrase> phrases) {
    if (phrases.stream().anyMatch(p -> p.start() >= p.end())) {
      return distinctByPairs(phrases); // an empty phrase overlaps by other rules
    }
    TreeMap<Integer, TitlePhrases.Phrase> kept = new TreeMap<>();
    for (TitlePhrases.Phrase p : phrases) {
      Map.Entry<Integer, TitlePhrases.Phrase> before = kept.lowerEntry(p.end());
      if (before == null || before.getValue().end() <= p.start()) {
        kept.put(p.start(), p);
      }
    }
    return new ArrayList<>(kept.values());
  }

  private static List<TitlePhrases.Phrase> distinctByPairs(List<TitlePhrases.Phrase> phrases) {
    List<TitlePhrases.Phrase> kept = new ArrayList<>();
    for (TitlePhrases.Phrase p : phrases) {
      if (kept.stream().noneMatch(k -> k.start() < p.end() && p.start() < k.end())) {
        kept.add(p);
      }
    }
    kept.sort(Comparator.comparingInt(TitlePhrases.Phrase::start));
    return kept;
  }

  /**
   * True when a mention already names the phrase's title: one in the phrase's unit (its innermost
   * unit and its line) claiming this very title, or the next mention when it claims it and the
   * two share a block: no blank line between them, or the phrase is the block's labelled title
   * field ({@code 论文名称:《…》}). A mention of the unit that names the same paper by another
   * title is caught after the look-up, by {@link TitleCandidate#namedInUnit}. The phrase's key is
   * made only when a mention there claims a title at all.
   */
  private boolean covered(TitlePhrases.Phrase p) {
    int[] unit = inUnit(p);
    int after = spans.firstStartingFrom(p.end());
    boolean next = after >= 0 && r.titles().get(after).isPresent();
    if (!next && Arrays.stream(unit).allMatch(i -> r.titles().get(i).isEmpty())) {
      return false;
    }
    String key = key(p.text());
    if (Arrays.stream(unit).anyMatch(i -> claims(i, key))) {
      return true;
    }
    return next && claims(after, key) && sharesBlock(p, after);
  }

  /** True when mention {@code i} claims the title of comparison key {@code key}. */
  private boolean claims(int i, String key) {
    if (r.titles().get(i).isEmpty()) {
      return false;
    }
    if (titleKeys[i] == null) {
      titleKeys[i] = key(r.titles().get(i).get());
    }
    return titleKeys[i].equals(key);
  }

  /** True when the phrase and hit {@code i} after it share a block, as {@link #covered} says. */
  private boolean sharesBlock(TitlePhrases.Phrase p, int i) {
    Hit h = r.hits().get(i);
    if (!withinBlockLines(Math.min(h.start(), p.start()), Math.max(h.end(), p.end()))) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', p.start() - 1) + 1;
    int lineEnd = TitleLines.lineEnd(text, p.end());
    return ClaimReader.TITLE_FIELD.matcher(text.substring(lineStart, lineEnd)).find()
        || !hasBlankLine(text, p.end(), h.start());
  }

  /** True when {@code text[from, to)} holds no more than {@link #BLOCK_LINES} line breaks. */
  private boolean withinBlockLines(int from, int to) {
    int lines = 0;
    for (int at = text.indexOf('\n', from); at >= 0 && at < to && lines <= BLOCK_LINES;
        at = text.indexOf('\n', at + 1)) {
      lines++;
    }
    return lines <= BLOCK_LINES;
  }

  /** True when {@code text[from, to)} holds a blank line: {@code \n[ \t]*\n}. */
  private static boolean hasBlankLine(String text, int from, int to) {
    for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j < to && text.charAt(j) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** The indexes of the hits in the phrase's unit: its innermost unit and its line. */
  private int[] inUnit(TitlePhrases.Phrase p) {
    List<Unit> around = r.units().around(p.start());
    int from = text.lastIndexOf('\n', p.start() - 1) + 1;
    int to = TitleLines.lineEnd(text, p.end());
    if (!around.isEmpty()) {
      from = Math.min(from, around.get(0).start());
      to = Math.max(to, around.get(0).end());
    }
    return spans.overlapping(from, to);
  }

  /**
   * The title in lower case with every code point that is not a letter or a number ({@code
   * [^\\p{L}\\p{N}]}) removed; by hand, as it runs for every mention's title (issue #13).
   */
  private static String key(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      char c = lower.charAt(i);
      if (c < 0x80) { // ASCII, the common case: no code point to build
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9') {
          key.append(c);
        }
        i++;
        continue;
      }
      int cp = lower.codePointAt(i);
      if (isLetterOrNumber(cp)) {
        key.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return key.toString();
  }

  private static boolean isLetterOrNumber(int c) {
    if (c >= 0x4E00 && c <= 0x9FA5) {
      return true; // the CJK ideographs of Unicode 1.1, letters in every version since
    }
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Reads each phrase's date as a mention's, among the hits, so claims stay with their own. */
  private List<TitleCandidate> withDates(List<TitlePhrases.Phrase> phrases) {
    if (phrases.isEmpty()) {
      return List.of();
    }
    List<Hit> all = new ArrayList<>(r.hits());
    Target title = new Target(Mention.Kind.NOT_ARXIV, Form.TITLE, Optional.empty(), "",
        Optional.empty());
    Map<Hit, TitlePhrases.Phrase> byHit = new IdentityHashMap<>();
    for (TitlePhrases.Phrase p : phrases) {
      Hit hit = new Hit(p.start(), p.end(), title, p.text(), Optional.empty(), Optional.empty());
      byHit.put(hit, p);
      all.add(hit);
    }
    all.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    ClaimReader claims = new ClaimReader(r.structure().claimText(r.text()), all,
        r.referencesStart(), r.units());
    List<TitleCandidate> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      TitlePhrases.Phrase p = byHit.get(all.get(i));
      if (p != null) {
        found.add(candidate(p, date(claims, i)));
      }
    }
    return found;
  }

  private static Optional<Sourced<ClaimedDate>> date(ClaimReader claims, int i) {
    try {
      return claims.readDate(i);
    } catch (RuntimeException e) {
      return Optional.empty(); // a candidate is never lost to a fault in reading its date
    }
  }

  private TitleCandidate candidate(TitlePhrases.Phrase p, Optional<Sourced<ClaimedDate>> date) {
    SourceText source = r.article().text();
    List<ArxivId> named = Arrays.stream(inUnit(p)).boxed()
        .flatMap(i -> r.hits().get(i).target().id().stream()).distinct().toList();
    return new TitleCandidate(r.article().path(), source.lineAt(p.start()),
        source.columnAt(p.start()), p.text(), p.source(), date.map(Sourced::value),
        date.map(Sourced::source), named);
  }
}
