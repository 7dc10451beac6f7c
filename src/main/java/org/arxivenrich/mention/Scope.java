package org.arxivenrich.mention;

/**
 * Where the claims for one hit may be read, as offsets into the text.
 *
 * @param sentenceStart start of the hit's sentence (or reference entry), inside its unit
 * @param sentenceEnd end of the hit's sentence, inside its unit
 * @param block how far back a labelled field may be
 * @param lookback how far back the lines before a link alone on its line may be read
 * @param entry true for a hit in the reference list
 * @param floor the end of the previous hit (claims before it are that hit's)
 * @param next the start of the next hit
 * @param unitEnd the end of the hit's innermost unit
 * @param inUnit true when a unit of the structure holds the hit
 */
record Scope(int sentenceStart, int sentenceEnd, int block, int lookback, boolean entry,
    int floor, int next, int unitEnd, boolean inUnit) {

  /** This scope with labelled fields read only from {@code from} on. */
  Scope withBlock(int from) {
    return new Scope(sentenceStart, sentenceEnd, from, lookback, entry, floor, next, unitEnd,
        inUnit);
  }
}
