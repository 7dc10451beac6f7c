package org.arxivenrich.diff;

import java.util.List;
import java.util.Optional;

/**
 * Compares two datasets by the issue-4 column contract: mentions paired by {@link MentionPairing}
 * (article, what they name, which occurrence), papers by {@code arxiv_id}.
 */
public final class Differ {

  /** The diff of a first run: nothing to compare with, every corrected date is new. */
  Diff firstRun(Dataset now) {
    return compare(new Dataset(List.of(), List.of()), now, Optional.empty());
  }

  /** The diff from {@code before} (the run or folder named {@code previous}) to {@code now}. */
  public Diff compare(Dataset before, Dataset now, String previous) {
    return compare(before, now, Optional.of(previous));
  }

  private static Diff compare(Dataset before, Dataset now, Optional<String> previous) {
    MentionChanges mentions = new MentionChanges();
    MentionPairing.pair(before.mentions(), now.mentions()).forEach(mentions::add);
    PaperComparison papers = new PaperComparison(before.papers(), now.papers());
    return new Diff(previous, mentions.corrected(), mentions.fixed(), mentions.appeared(),
        mentions.disappeared(), papers.appeared(), papers.disappeared(), papers.sourceChanges(),
        mentions.verdicts());
  }
}
