package org.arxivenrich.reconcile;

import java.util.HashSet;
import java.util.Set;

/** Weighted overlap of the word sets of two titles; each word weighs {@link TitleText#weight}. */
final class WordOverlap {
  private WordOverlap() {}

  /** Sørensen–Dice over weighted word sets: 1 for the same words, 0 for none shared. */
  static double dice(TitleText a, TitleText b) {
    Set<String> x = new HashSet<>(a.words());
    Set<String> y = new HashSet<>(b.words());
    double both = weight(intersection(x, y));
    double total = weight(x) + weight(y);
    return total == 0 ? 0 : 2 * both / total;
  }

  /** The weighted share of {@code a}'s words that {@code b} has too. */
  static double containment(TitleText a, TitleText b) {
    Set<String> x = new HashSet<>(a.words());
    double own = weight(x);
    return own == 0 ? 0 : weight(intersection(x, new HashSet<>(b.words()))) / own;
  }

  /** True when the two titles share at least one distinctive word. */
  static boolean sharesInformative(TitleText a, TitleText b) {
    return intersection(new HashSet<>(a.words()), new HashSet<>(b.words())).stream()
        .anyMatch(TitleText::isInformative);
  }

  private static Set<String> intersection(Set<String> x, Set<String> y) {
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    return both;
  }

  private static double weight(Set<String> words) {
    return words.stream().mapToDouble(TitleText::weight).sum();
  }
}
