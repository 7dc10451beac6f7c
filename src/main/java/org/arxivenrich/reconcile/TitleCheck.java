package org.arxivenrich.reconcile;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The claimed title compared with the canonical one.
 *
 * @param score similarity in [0, 1]; empty when nothing could be compared
 * @param reason why the verdict was given, for a person reading the dataset
 */
public record TitleCheck(Verdict verdict, OptionalDouble score, String reason) {
  public TitleCheck {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(reason, "reason");
    if (score.isPresent() && (score.getAsDouble() < 0 || score.getAsDouble() > 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score.getAsDouble());
    }
  }

  static TitleCheck of(Verdict verdict, double score, String reason) {
    return new TitleCheck(verdict, OptionalDouble.of(score), reason);
  }

  static TitleCheck unscored(Verdict verdict, String reason) {
    return new TitleCheck(verdict, OptionalDouble.empty(), reason);
  }
}
