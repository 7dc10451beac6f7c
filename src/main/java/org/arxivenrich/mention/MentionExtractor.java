package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds every mention in an article: each arXiv identifier in any form, each ID-shaped link that
 * breaks the grammar, each other link, and each numbered citation of a reference-list entry; with
 * the title and date the article claims for it there. Works on one article at a time and keeps
 * nothing between calls, so a corpus streams through it.
 */
public final class MentionExtractor {
  private static final Logger log = LoggerFactory.getLogger(MentionExtractor.class);
  private static final Comparator<Hit> BY_POSITION =
      Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end);

  private final IdScanner scanner = new IdScanner();
  private final UrlClassifier classifier = new UrlClassifier();
  private final CitationLinker citations = new CitationLinker();
  private final StructureReader structures = new StructureReader();

  /** What one article holds: its mentions, and the titles it names without a link. */
  public record Extraction(List<Mention> mentions, List<TitleCandidate> titles) {
    public Extraction {
      mentions = List.copyOf(mentions);
      titles = List.copyOf(titles);
    }
  }

  /**
   * The article's mentions in text order; never throws for odd text. Its structure is read
   * first (issue #8): it reveals IDs the text alone does not mark, and bounds where claims are
   * read. Titles named without a link are not looked for: {@link #extractAll} finds them too.
   */
  public List<Mention> extract(Article article) {
    return read(article).mentions();
  }

  /**
   * The article's mentions in text order, and the phrases it presents as paper titles where no
   * mention of the same unit names them (issue #11); never throws for odd text.
   */
  public Extraction extractAll(Article article) {
    Reading r = read(article);
    TitleCandidates.Read read = new TitleCandidates.Read(article, r.structure(), r.units(),
        r.hits(), r.mentions().stream().map(Mention::claimedTitle).toList(), r.referencesStart());
    return new Extraction(r.mentions(), TitleCandidates.find(read));
  }

  /** One article's mentions, and what reading them found that title candidates need. */
  private record Reading(Structure structure, Units units, List<Hit> hits,
      List<Mention> mentions, int referencesStart) {}

  private Reading read(Article article) {
    String text = article.text().text();
    List<Hit> scanned = withLinks(scanner.scan(text), linkHits(article));
    Structure structure = structures.read(article,
        scanned.stream().mapToInt(Hit::start).sorted().toArray());
    List<Hit> hits = withStructure(scanned, structure.hits());
    CitationLinker.Linked linked = citations.link(text, hits);
    List<Hit> all = new ArrayList<>(hits);
    all.addAll(linked.citations());
    all.sort(BY_POSITION);
    Units units = new Units(structure.units());
    ClaimReader claims = new ClaimReader(structure.claimText(text), all,
        linked.referencesStart(), units);
    List<Mention> mentions = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) {
      mentions.add(mention(article, all.get(i), claimsOrNone(claims, i, article)));
    }
    return new Reading(structure, units, all, mentions, linked.referencesStart());
  }

  /** A mention is never lost to a fault in reading its claims: it is kept without them. */
  private static ClaimReader.Claim claimsOrNone(ClaimReader claims, int i, Article article) {
    try {
      return claims.read(i);
    } catch (RuntimeException e) {
      log.warn("{}: claims of mention {} not read: {}", article.path(), i, e.toString());
      return ClaimReader.Claim.none();
    }
  }

  private static Mention mention(Article article, Hit hit, ClaimReader.Claim claim) {
    SourceText source = article.text();
    Target t = hit.target();
    return new Mention(article.path(), source.lineAt(hit.start()), source.columnAt(hit.start()),
        t.kind(), t.id(), t.idText(), t.version(), t.form(), hit.matchedText(), hit.url(),
        claim.title(), claim.date(), claim.source());
  }

  /** IDs only the structure reveals, where no hit of the text is already. */
  private static List<Hit> withStructure(List<Hit> hits, List<Hit> revealed) {
    if (revealed.isEmpty()) {
      return hits;
    }
    List<Hit> merged = new ArrayList<>(hits);
    for (Hit r : revealed) {
      if (merged.stream().noneMatch(h -> h.overlaps(r))) {
        merged.add(r);
      }
    }
    merged.sort(BY_POSITION);
    return merged;
  }

  /** HTML links as hits over their anchor text; their {@code href} is what they name. */
  private List<Hit> linkHits(Article article) {
    if (article.links().isEmpty()) {
      return List.of();
    }
    List<Hit> hits = new ArrayList<>();
    for (Article.Link link : article.links()) {
      int from = offsetOf(article.text(), link.line(), link.column());
      int to = Math.min(article.text().text().length(), from + link.anchorText().length());
      hits.add(new Hit(from, to, classifier.classify(link.href()), link.href(),
          Optional.of(link.href()), Optional.of(link.anchorText())));
    }
    return hits;
  }

  /**
   * The first text offset at or after a source position. Extracted HTML text runs through its
   * source in order, so positions never decrease along the text and a binary search finds it.
   */
  private static int offsetOf(SourceText source, int line, int column) {
    int lo = 0;
    int hi = source.text().length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int l = source.lineAt(mid);
      if (l < line || (l == line && source.columnAt(mid) < column)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return Math.min(lo, Math.max(0, source.text().length() - 1));
  }

  /**
   * Merges HTML link hits into the text hits. A text hit inside an anchor is the same mention when
   * the anchor's link names an identifier or the text is itself a URL; it is dropped then.
   */
  private static List<Hit> withLinks(List<Hit> textHits, List<Hit> links) {
    if (links.isEmpty()) {
      return textHits;
    }
    List<Hit> merged = new ArrayList<>(links);
    for (Hit h : textHits) {
      boolean duplicate = links.stream().anyMatch(l -> l.overlaps(h)
          && (l.target().namesId() || h.url().isPresent()));
      if (!duplicate) {
        merged.add(h);
      }
    }
    merged.sort(BY_POSITION);
    return merged;
  }
}
