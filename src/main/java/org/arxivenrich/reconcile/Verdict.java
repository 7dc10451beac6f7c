package org.arxivenrich.reconcile;

import java.util.Locale;

/** What comparing one claim with arXiv's record came to. */
public enum Verdict {
  /** The claim agrees with the record, at the claim's own precision. */
  MATCH,
  /** The claim contradicts the record: decided with high precision, never on a hunch. */
  MISMATCH,
  /** The claim could not be checked with confidence (another language, a name not found). */
  UNCERTAIN,
  /** The article claims nothing here. */
  NO_CLAIM;

  /** The lowercase name used in the dataset, e.g. {@code no_claim}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
