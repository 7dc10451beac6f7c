package org.arxivenrich.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.arxivenrich.arxiv.Paper;
import org.junit.jupiter.api.Test;

/**
 * Every seed title claimed for every other seed paper: the wrong links a reconciler meets in the
 * wild, 80 per title, many sharing generic words ("Language Models", "Self-", "ReFT:").
 */
class CrossLinkTest {
  private final TitleComparer comparer = new TitleComparer();

  /**
   * Full titles must be flagged; a title of three words or fewer reads as a short name, which a
   * paper may be known by without its title saying so, so it is at most uncertain.
   */
  @Test
  void seedTitleLinkedToAnotherSeedPaper_isNeverAMatchAndFullTitlesAreFlagged() {
    Map<Boolean, Map<Verdict, Integer>> counts = Map.of(true, new EnumMap<>(Verdict.class),
        false, new EnumMap<>(Verdict.class));
    List<String> matched = new ArrayList<>();
    for (Paper claimed : SeedPapers.all().values()) {
      String title = claimed.title();
      boolean shortName = TitleComparer.isShortName(title, TitleText.of(title));
      for (Paper linked : SeedPapers.all().values()) {
        if (claimed != linked) {
          Verdict v = comparer.compare(claimed.title(), linked).verdict();
          counts.get(shortName).merge(v, 1, Integer::sum);
          if (v == Verdict.MATCH) {
            matched.add(claimed.title() + "  ->  " + linked.title());
          }
        }
      }
    }
    double recall = recall(counts.get(false));
    System.out.printf(Locale.ROOT, "cross links, full titles: %s, mismatch recall %.4f%n"
        + "cross links, short titles: %s%n", counts.get(false), recall, counts.get(true));
    assertEquals(List.of(), matched);
    assertTrue(recall >= 0.99, "recall " + recall);
    assertEquals(0, counts.get(true).getOrDefault(Verdict.MATCH, 0));
  }

  private static double recall(Map<Verdict, Integer> counts) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return (double) counts.getOrDefault(Verdict.MISMATCH, 0) / total;
  }

  @Test
  void seedTitleClaimedForItsOwnPaper_matchesEvenWrittenLoosely() {
    for (Paper p : SeedPapers.all().values()) {
      String loose = p.title().toUpperCase(Locale.ROOT).replace(":", " -").replace("-", "–");
      assertEquals(Verdict.MATCH, comparer.compare(loose, p).verdict(), p.title());
    }
  }

  /**
   * The initials of every run of three to five words of every seed title, a short name a reader
   * could coin, claimed for every other seed paper: it may be read as that paper's initials only
   * when that paper opens with the very words it was coined from ("Chain of Thought").
   */
  @Test
  void initialsOfOneSeedTitle_claimedForAnotherSeedPaper_matchOnlyTheSamePhrase() {
    List<String> collisions = new ArrayList<>();
    int claims = 0;
    int samePhrase = 0;
    for (Paper claimed : SeedPapers.all().values()) {
      for (Map.Entry<String, String> coined : acronymsOf(claimed.title()).entrySet()) {
        for (Paper linked : SeedPapers.all().values()) {
          if (claimed == linked) {
            continue;
          }
          claims++;
          TitleCheck check = comparer.compare(coined.getKey(), linked);
          if (check.verdict() == Verdict.MATCH && check.reason().contains("initials")) {
            boolean same = check.reason().toLowerCase(Locale.ROOT)
                .contains("'" + coined.getValue().toLowerCase(Locale.ROOT) + "'");
            samePhrase += same ? 1 : 0;
            if (!same) {
              collisions.add(coined + "  ->  " + linked.title());
            }
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "cross links, coined acronyms: %d claims, %d read as the"
        + " same phrase, %d as another%n", claims, samePhrase, collisions.size());
    assertTrue(claims > 10_000, "too few acronyms coined: " + claims);
    assertEquals(List.of(), collisions);
  }

  /**
   * Every run of two or three words of every seed title, its longest word misspelled by one
   * letter, claimed for every other seed paper: a typo must not turn a phrase of one title into
   * a name of another, unless that title has the very phrase.
   */
  @Test
  void misspelledPhraseOfOneSeedTitle_claimedForAnotherSeedPaper_matchesOnlyTheSamePhrase() {
    List<String> collisions = new ArrayList<>();
    int claims = 0;
    int readThrough = 0;
    for (Paper claimed : SeedPapers.all().values()) {
      for (List<String> phrase : runsOf(claimed.title(), 2, 3)) {
        String typo = misspelled(phrase);
        String spelled = TitleText.of(String.join(" ", phrase)).normalized();
        for (Paper linked : SeedPapers.all().values()) {
          TitleCheck check = comparer.compare(typo, linked);
          claims++;
          if (!check.reason().contains("letter apart")) {
            continue;
          }
          readThrough++;
          if (!TitleText.of(linked.title()).normalized().contains(spelled)) {
            collisions.add(typo + "  ->  " + linked.title());
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "cross links, misspelled phrases: %d claims, %d read through"
        + " the typo, %d collisions%n", claims, readThrough, collisions.size());
    assertTrue(claims > 10_000 && readThrough > 100, claims + " claims, " + readThrough);
    assertEquals(List.of(), collisions);
  }

  /** Every run of {@code min} to {@code max} words within one clause of the title. */
  private static List<List<String>> runsOf(String title, int min, int max) {
    List<List<String>> runs = new ArrayList<>();
    for (List<String> clause : TitleText.casedClauses(title)) {
      for (int n = min; n <= max; n++) {
        for (int i = 0; i + n <= clause.size(); i++) {
          runs.add(clause.subList(i, i + n));
        }
      }
    }
    return runs;
  }

  /** The phrase with its longest word's second-to-last letter dropped ("Intellgence"). */
  private static String misspelled(List<String> phrase) {
    String longest = phrase.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    int at = longest.length() - 2;
    String typo = at > 0 ? longest.substring(0, at) + longest.substring(at + 1) : longest;
    return phrase.stream().map(w -> w == longest ? typo : w).collect(Collectors.joining(" "));
  }

  /** Each run's all-capital initials, with the run it was coined from. */
  private static Map<String, String> acronymsOf(String title) {
    Map<String, String> acronyms = new TreeMap<>();
    for (List<String> run : runsOf(title, 3, 5)) {
      acronyms.putIfAbsent(run.stream().map(w -> w.substring(0, 1))
          .collect(Collectors.joining()).toUpperCase(Locale.ROOT), String.join(" ", run));
    }
    return acronyms;
  }
}
