package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

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
    int lineStart = text.lastIndexOf('\n', p.start() - 1) + 1;
    int lineEnd = TitleLines.lineEnd(text, p.end());
    int after = -1;
    for (int i : inUnit(r, p)) {
      if (r.titles().get(i).filter(key(p.text())::equals).isPresent()) {
        return true;
      }
    }
    for (int i = 0; i < r.hits().size() && after < 0; i++) {
      after = r.hits().get(i).start() >= p.end() ? i : after;
    }
    if (after < 0) {
      return false;
    }
    boolean field = ClaimReader.TITLE_FIELD.matcher(text.substring(lineStart, lineEnd)).find();
    boolean block = field || !BLANK_LINE.matcher(text.substring(p.end(),
        r.hits().get(after).start())).find();
    return block && claims(r, p, after);
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

  private static boolean claims(Read r, TitlePhrases.Phrase p, int i) {
    Hit h = r.hits().get(i);
    int from = Math.min(h.start(), p.start());
    int to = Math.max(h.end(), p.end());
    long lines = r.text().substring(from, to).chars().filter(c -> c == '\n').count();
    return lines <= BLOCK_LINES && r.titles().get(i).filter(key(p.text())::equals).isPresent();
  }

  private static String key(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
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
