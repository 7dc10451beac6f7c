package org.arxivenrich.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;
import org.arxivenrich.mention.ClaimedDate;

/**
 * The canonical metadata of the 81 papers the sample articles cite (seed-papers.tsv), as
 * {@link Paper}s, with the abstract openings of a few (abstracts.tsv). Papers whose v1 date is not
 * known are left out: arXiv always gives one.
 */
public final class SeedPapers {
  private static final Map<ArxivId, Paper> PAPERS = load();

  private SeedPapers() {}

  public static Map<ArxivId, Paper> all() {
    return PAPERS;
  }

  public static Paper get(String id) {
    Paper p = PAPERS.get(ArxivId.parse(id));
    if (p == null) {
      throw new IllegalArgumentException("no seed paper " + id);
    }
    return p;
  }

  /**
   * A loose title search over the seed papers, as a search engine is: hits share any word but a
   * function word with the query, best first, at most five.
   */
  public static TitleSearch search() {
    return query -> {
      TitleText q = TitleText.of(query);
      Comparator<Paper> closestFirst = Comparator.comparingDouble(
          (Paper p) -> -WordOverlap.dice(q, TitleText.of(p.title())));
      return PAPERS.values().stream().filter(p -> TitleText.of(p.title()).words().stream()
          .anyMatch(w -> !TitleText.STOP.contains(w) && q.words().contains(w)))
          .sorted(closestFirst).limit(5).toList();
    };
  }

  /** A claimed date written at its precision: {@code 2023}, {@code 2023-05}, {@code 2023-05-15}. */
  public static ClaimedDate claimedDate(String iso) {
    String[] p = iso.split("-");
    int year = Integer.parseInt(p[0]);
    if (p.length == 1) {
      return ClaimedDate.ofYear(year, iso);
    }
    int month = Integer.parseInt(p[1]);
    return p.length == 2 ? ClaimedDate.ofMonth(year, month, iso)
        : ClaimedDate.ofDay(year, month, Integer.parseInt(p[2]), iso);
  }

  private static Map<ArxivId, Paper> load() {
    Map<String, String> abstracts = new HashMap<>();
    lines("/reconcile/abstracts.tsv").forEach(c -> abstracts.put(c[0], c[1]));
    Map<ArxivId, Paper> papers = new TreeMap<>();
    for (String[] c : lines("/reconcile/seed-papers.tsv")) {
      if (c.length < 3 || c[2].isBlank()) {
        continue;
      }
      ArxivId id = ArxivId.parse(c[0]);
      int version = cell(c, 3).isBlank() ? 1 : Integer.parseInt(cell(c, 3));
      Instant published = instant(c[2]);
      Instant updated = cell(c, 4).isBlank() ? published : instant(cell(c, 4));
      papers.put(id, new Paper(id, version, c[1], abstracts.getOrDefault(c[0], ""),
          List.of(new Paper.Author(cell(c, 5), List.of())), published, updated,
          cell(c, 7).isBlank() ? "cs.CL" : cell(c, 7), List.of(cell(c, 7).isBlank() ? "cs.CL"
              : cell(c, 7)), Optional.empty(), Optional.empty(), Optional.empty(),
          "http://arxiv.org/abs/" + id + "v" + version,
          "http://arxiv.org/pdf/" + id + "v" + version));
    }
    return java.util.Collections.unmodifiableMap(papers);
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i] : "";
  }

  /** arXiv submission times are UTC; noon keeps a seed date on its day in any test. */
  private static Instant instant(String date) {
    return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
  }

  public static List<String[]> lines(String resource) {
    try (InputStream in = SeedPapers.class.getResourceAsStream(resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
