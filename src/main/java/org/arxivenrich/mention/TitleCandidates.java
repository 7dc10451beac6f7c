package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

  private TitleCandidates() {}

  /**
   * One article as extraction read it: its structure, its mentions' hits in text order and the
   * title each claims (index for index; kept as a comparison key), and where its reference list
   * starts.
   */
  record Read(Article article, Structure structure, Units units, List<Hit> hits,
      List<Optional<String>> titles, int referencesStart) {
    Read {
      titles = titles.stream().map(t -> t.map(TitleCandidates::key)).toList();
    }

    String text() {
      return article.text().text();
    }
  }

  /** The candidates of one article, in text order. */
  static List<TitleCandidate> find(Read r) {
    String text = r.text();
    List<TitlePhrases.Phrase> phrases = new ArrayList<>(structural(r));
    phrases.addAll(TitlePhrases.find(text));
    phrases.addAll(TitleLists.find(text, r.referencesStart()));
    List<TitlePhrases.Phrase> kept = distinct(phrases).stream()
        .filter(p -> !covered(r, p)).toList();
    return withDates(r, kept);
  }

  /** The titles units state by their structure, where the unit holds no mention. */
  private static List<TitlePhrases.Phrase> structural(Read r) {
    List<TitlePhrases.Phrase> found = new ArrayList<>();
    for (Unit u : r.structure().units()) {
      u.title().filter(t -> TitlePhrases.mayBeTitle(t.value()))
          .filter(t -> r.hits().stream().noneMatch(h -> h.start() < u.end() && u.start() < h.end()))
          .ifPresent(t -> found.add(at(r.text(), u, t)));
    }
    return found;
  }

  private static TitlePhrases.Phrase at(String text, Unit u, Sourced<String> title) {
    int start = text.indexOf(title.value(), u.start());
    start = start < 0 || start >= u.end() ? u.start() : start;
    return new TitlePhrases.Phrase(start, Math.min(u.end(), start + title.value().length()),
        title.value(), title.source());
  }

  /** One phrase per place: of overlapping phrases the first found stays. */
  private static List<TitlePhrases.Phrase> distinct(List<TitlePhrases.Phrase> phrases) {
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
   * title is caught after the look-up, by {@link TitleCandidate#namedInUnit}.
   */
  private static boolean covered(Read r, TitlePhrases.Phrase p) {
    String text = r.text();
    String key = key(p.text());
    for (int i : inUnit(r, p)) {
      if (r.titles().get(i).filter(key::equals).isPresent()) {
        return true;
      }
    }
    int after = firstStartingFrom(r.hits(), p.end());
    if (after < 0) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', p.start() - 1) + 1;
    int lineEnd = TitleLines.lineEnd(text, p.end());
    boolean block = ClaimReader.TITLE_FIELD.matcher(text.substring(lineStart, lineEnd)).find()
        || !hasBlankLine(text, p.end(), r.hits().get(after).start());
    return block && claims(r, p, after, key);
  }

  /** The first of the hits (sorted by start) to start at or after {@code offset}; else -1. */
  private static int firstStartingFrom(List<Hit> hits, int offset) {
    int lo = 0;
    int hi = hits.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (hits.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < hits.size() ? lo : -1;
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
  private static List<Integer> inUnit(Read r, TitlePhrases.Phrase p) {
    String text = r.text();
    List<Unit> around = r.units().around(p.start());
    int from = text.lastIndexOf('\n', p.start() - 1) + 1;
    int to = TitleLines.lineEnd(text, p.end());
    if (!around.isEmpty()) {
      from = Math.min(from, around.get(0).start());
      to = Math.max(to, around.get(0).end());
    }
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < r.hits().size() && r.hits().get(i).start() < to; i++) {
      if (r.hits().get(i).end() > from) {
        found.add(i);
      }
    }
    return found;
  }

  private static boolean claims(Read r, TitlePhrases.Phrase p, int i, String key) {
    Hit h = r.hits().get(i);
    int from = Math.min(h.start(), p.start());
    int to = Math.max(h.end(), p.end());
    int lines = 0;
    for (int at = r.text().indexOf('\n', from); at >= 0 && at < to && lines <= BLOCK_LINES;
        at = r.text().indexOf('\n', at + 1)) {
      lines++;
    }
    return lines <= BLOCK_LINES && r.titles().get(i).filter(key::equals).isPresent();
  }

  /**
   * The title in lower case with every code point that is not a letter or a number ({@code
   * [^\\p{L}\\p{N}]}) removed; by hand, as it runs for every mention's title (issue #13).
   */
  private static String key(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      if (isLetterOrNumber(c)) {
        key.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return key.toString();
  }

  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** Reads each phrase's date as a mention's, among the hits, so claims stay with their own. */
  private static List<TitleCandidate> withDates(Read r, List<TitlePhrases.Phrase> phrases) {
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
        found.add(candidate(r, p, date(claims, i)));
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

  private static TitleCandidate candidate(Read r, TitlePhrases.Phrase p,
      Optional<Sourced<ClaimedDate>> date) {
    SourceText source = r.article().text();
    List<ArxivId> named = inUnit(r, p).stream()
        .flatMap(i -> r.hits().get(i).target().id().stream()).distinct().toList();
    return new TitleCandidate(r.article().path(), source.lineAt(p.start()),
        source.columnAt(p.start()), p.text(), p.source(), date.map(Sourced::value),
        date.map(Sourced::source), named);
  }
}
