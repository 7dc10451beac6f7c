package org.arxivenrich.mention;

/**
 * The counts behind one article's or one family's scores. IDs: {@code paired / extracted} is
 * precision, {@code paired / expected} recall. Titles (dates alike): of the paired mentions,
 * {@code titleCorrect} equal the label, {@code titleClaimed} carry a claimed title,
 * {@code titleLabelled} have a title in the label.
 */
record LayoutTally(int articles, int expected, int extracted, int paired,
    int titleCorrect, int titleClaimed, int titleLabelled,
    int dateCorrect, int dateClaimed, int dateLabelled) {

  static final LayoutTally EMPTY = new LayoutTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  LayoutTally plus(LayoutTally o) {
    return new LayoutTally(articles + o.articles, expected + o.expected,
        extracted + o.extracted, paired + o.paired, titleCorrect + o.titleCorrect,
        titleClaimed + o.titleClaimed, titleLabelled + o.titleLabelled,
        dateCorrect + o.dateCorrect, dateClaimed + o.dateClaimed, dateLabelled + o.dateLabelled);
  }

  double idPrecision() {
    return ratio(paired, extracted);
  }

  double idRecall() {
    return ratio(paired, expected);
  }

  double titlePrecision() {
    return ratio(titleCorrect, titleClaimed);
  }

  double titleRecall() {
    return ratio(titleCorrect, titleLabelled);
  }

  double datePrecision() {
    return ratio(dateCorrect, dateClaimed);
  }

  double dateRecall() {
    return ratio(dateCorrect, dateLabelled);
  }

  /** Nothing to find, or nothing claimed, is nothing got wrong: 1. */
  static double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : (double) part / whole;
  }
}
