package org.arxivenrich.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines two titles up word by word (longest common subsequence) and finds a place where each puts
 * a different distinctive word between the same neighbours: "Language Models are Few-Shot
 * Learners" against "Finetuned Language Models Are Zero-Shot Learners" swaps "few" for "zero".
 */
final class Substitutions {
  private Substitutions() {}

  /** The first swap of distinctive words, described, or empty when there is none. */
  static Optional<String> first(TitleText a, TitleText b) {
    List<String> x = a.words();
    List<String> y = b.words();
    List<int[]> matches = matches(x, y);
    int prevX = 0;
    int prevY = 0;
    for (int k = 0; k <= matches.size(); k++) {
      int nextX = k < matches.size() ? matches.get(k)[0] : x.size();
      int nextY = k < matches.size() ? matches.get(k)[1] : y.size();
      boolean anchored = k > 0 || k < matches.size();
      List<String> ours = x.subList(prevX, nextX);
      List<String> theirs = y.subList(prevY, nextY);
      if (anchored && ours.stream().anyMatch(TitleText::isInformative)
          && theirs.stream().anyMatch(TitleText::isInformative)) {
        return Optional.of("claim has '" + String.join(" ", ours) + "' where the title has '"
            + String.join(" ", theirs) + "'");
      }
      prevX = nextX + 1;
      prevY = nextY + 1;
    }
    return Optional.empty();
  }

  /** Index pairs of the words both lists share, in order (a longest common subsequence). */
  private static List<int[]> matches(List<String> x, List<String> y) {
    int[][] lcs = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> matches = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.size() && j < y.size()) {
      if (x.get(i).equals(y.get(j))) {
        matches.add(new int[] {i++, j++});
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return matches;
  }
}
