package org.arxivenrich.diff;

import java.util.List;
import java.util.Map;

/**
 * A published dataset read back as rows of column name to text, the way any loader would see it:
 * the issue-4 column contract, read loosely so that a column added later changes nothing here.
 *
 * @param mentions the rows of {@code mentions.json}
 * @param papers the rows of {@code papers.json}; empty when the dataset has none
 */
public record Dataset(List<Map<String, String>> mentions, List<Map<String, String>> papers) {
  public Dataset {
    mentions = mentions.stream().map(Map::copyOf).toList();
    papers = papers.stream().map(Map::copyOf).toList();
  }
}
