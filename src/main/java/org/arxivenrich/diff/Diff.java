package org.arxivenrich.diff;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * What changed between two datasets, the corrected dates first (issue #5). Every list is sorted by
 * a stable key and holds no wall-clock time, so the same two datasets always give the same diff.
 *
 * @param previous the run (or folder) compared with; empty on a first run
 * @param correctedDates every mention whose claimed date disagrees with arXiv, new or known
 * @param fixedDates mentions whose date disagreed in the previous run and no longer does
 */
public record Diff(
    Optional<String> previous,
    List<DateCorrection> correctedDates,
    List<DateCorrection> fixedDates,
    List<MentionRef> mentionsAppeared,
    List<MentionRef> mentionsDisappeared,
    List<PaperRef> papersAppeared,
    List<PaperRef> papersDisappeared,
    List<SourceChange> sourceChanges,
    List<VerdictChange> verdictChanges) {

  public Diff {
    correctedDates = List.copyOf(correctedDates);
    fixedDates = List.copyOf(fixedDates);
    mentionsAppeared = List.copyOf(mentionsAppeared);
    mentionsDisappeared = List.copyOf(mentionsDisappeared);
    papersAppeared = List.copyOf(papersAppeared);
    papersDisappeared = List.copyOf(papersDisappeared);
    sourceChanges = List.copyOf(sourceChanges);
    verdictChanges = List.copyOf(verdictChanges);
  }

  /** No earlier run to compare with; also written to {@code diff.json} as {@code first_run}. */
  @JsonProperty("first_run")
  public boolean firstRun() {
    return previous.isEmpty();
  }

  /**
   * A mention whose date verdict is (or was) {@code mismatch}.
   *
   * @param mark {@code new} or {@code known} (already a mismatch last run, same claim);
   *     {@code fixed} in {@link #fixedDates}
   * @param published arXiv's v1 date, the canonical one
   */
  public record DateCorrection(String mark, String article, int line, String arxivId,
      String claimedDate, String claimedDateText, String published, String deltaDays,
      String reason) {}

  /** A mention that appeared or disappeared. */
  public record MentionRef(String article, int line, int column, String arxivId, String url,
      String matchedText, String status) {}

  /** A paper that appeared or disappeared. */
  public record PaperRef(String arxivId, String title, String status) {}

  /**
   * Metadata that changed at arXiv: {@code new_version}, {@code title_revised}, {@code doi_added},
   * {@code doi_changed}, {@code journal_ref_added}, {@code journal_ref_changed}, {@code withdrawn},
   * or {@code status} (e.g. unresolved last run, resolved now).
   */
  public record SourceChange(String arxivId, String change, String before, String after) {}

  /**
   * A mention whose {@code title_verdict}, {@code date_verdict} or {@code status} changed, with the
   * claim before and after, so a date fixed in the article reads as such.
   */
  public record VerdictChange(String article, int line, String arxivId, String field,
      String before, String after, String claimBefore, String claimAfter) {}
}
