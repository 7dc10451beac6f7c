package org.arxivenrich.mention;

import java.util.Random;

/**
 * Random texts joined from given pieces, and stretches of them, for the tests that compare a
 * shortcut with the plain search it stands for (issue #13). Seeded: every run draws the same.
 */
final class RandomTexts {
  private final Random random = new Random(13);
  private final String[] pieces;

  RandomTexts(String... pieces) {
    this.pieces = pieces;
  }

  /** A text of one to {@code most} pieces. */
  String next(int most) {
    StringBuilder b = new StringBuilder();
    for (int k = random.nextInt(most); k >= 0; k--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  /** A stretch {@code {from, to}} of {@code text}, maybe empty. */
  int[] stretch(String text) {
    int from = random.nextInt(text.length() + 1);
    return new int[] {from, from + random.nextInt(text.length() - from + 1)};
  }
}
