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
 * Turns the phrases an article presents as titles into {@link TitleCandidate}s (issue #11): each
 * phrase once (the first form that marked it wins), none that a link or identifier of the same
 * unit already names, each with the date the article claims around it, read like any mention's.
 * A unit, until issue #8's structure gives one, is the line; a labelled block
 * ({@code 论文名称:《…》} … {@code 论文链接:…}) counts too, by the title its link claims.
 */
final class TitleCandidates {
  /** A labelled block (title field to link) spans up to 14 lines in the articles seen. */
  private static final int BLOCK_LINES = 20;
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

  private TitleCandidates() {}

  /**
   * The candidates of {@code article}; {@code hits} are its mentions' hits in text order and
   * {@code titles} the title each claims, index for index.
   */
  static List<TitleCandidate> find(Article article, List<Hit> hits, List<Optional<String>> titles,
      int referencesStart) {
    String text = article.text().text();
    List<TitlePhrases.Phrase> phrases = new ArrayList<>(TitlePhrases.find(text));
    phrases.addAll(TitleLists.find(text, referencesStart));
    List<TitlePhrases.Phrase> kept = uncovered(text, distinct(phrases), hits, titles);
    return withDates(article, kept, hits, referencesStart);
  }

  /** One phrase per place: of overlapping phrases the first found (the marked one) stays. */
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

  private static List<TitlePhrases.Phrase> uncovered(String text,
      List<TitlePhrases.Phrase> phrases, List<Hit> hits, List<Optional<String>> titles) {
    return phrases.stream().filter(p -> !covered(text, p, hits, titles)).toList();
  }

  /**
   * True when a mention already names the phrase's paper: one on the phrase's line, or the next
   * mention when it claims this very title and the two share a block: no blank line between them,
   * or the phrase is the block's labelled title field ({@code 论文名称:《…》}).
   */
  private static boolean covered(String text, TitlePhrases.Phrase p, List<Hit> hits,
      List<Optional<String>> titles) {
    int lineStart = text.lastIndexOf('\n', p.start() - 1) + 1;
    int lineEnd = TitleLines.lineEnd(text, p.end());
    int after = -1;
    for (int i = 0; i < hits.size() && after < 0; i++) {
      Hit h = hits.get(i);
      if (h.start() < lineEnd && h.end() > lineStart) {
        return true;
      }
      after = h.start() >= p.end() ? i : after;
    }
    if (after < 0) {
      return false;
    }
    boolean field = ClaimReader.TITLE_FIELD.matcher(text.substring(lineStart, lineEnd)).find();
    boolean block = field || !BLANK_LINE.matcher(text.substring(p.end(), hits.get(after).start()))
        .find();
    return block && claims(text, p, hits, titles, after);
  }

  private static boolean claims(String text, TitlePhrases.Phrase p, List<Hit> hits,
      List<Optional<String>> titles, int i) {
    Hit h = hits.get(i);
    int from = Math.min(h.start(), p.start());
    int to = Math.max(h.end(), p.end());
    long lines = text.substring(from, to).chars().filter(c -> c == '\n').count();
    return lines <= BLOCK_LINES && titles.get(i).map(t -> key(t).equals(key(p.text())))
        .orElse(false);
  }

  private static String key(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /** Reads each phrase's date as a mention's, among the hits, so claims stay with their own. */
  private static List<TitleCandidate> withDates(Article article,
      List<TitlePhrases.Phrase> phrases, List<Hit> hits, int referencesStart) {
    if (phrases.isEmpty()) {
      return List.of();
    }
    List<Hit> all = new ArrayList<>(hits);
    Target title = new Target(Mention.Kind.NOT_ARXIV, Form.TITLE, Optional.empty(), "",
        Optional.empty());
    Map<Hit, TitlePhrases.Phrase> byHit = new IdentityHashMap<>();
    for (TitlePhrases.Phrase p : phrases) {
      Hit hit = new Hit(p.start(), p.end(), title, p.text(), Optional.empty(), Optional.empty());
      byHit.put(hit, p);
      all.add(hit);
    }
    all.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
    ClaimReader claims = new ClaimReader(article.text().text(), all, referencesStart);
    List<TitleCandidate> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      TitlePhrases.Phrase p = byHit.get(all.get(i));
      if (p != null) {
        found.add(candidate(article, p, date(claims, i)));
      }
    }
    return found;
  }

  private static Optional<ClaimedDate> date(ClaimReader claims, int i) {
    try {
      return claims.readDate(i);
    } catch (RuntimeException e) {
      return Optional.empty(); // a candidate is never lost to a fault in reading its date
    }
  }

  private static TitleCandidate candidate(Article article, TitlePhrases.Phrase p,
      Optional<ClaimedDate> date) {
    SourceText source = article.text();
    return new TitleCandidate(article.path(), source.lineAt(p.start()),
        source.columnAt(p.start()), p.text(), p.source(), date);
  }
}
