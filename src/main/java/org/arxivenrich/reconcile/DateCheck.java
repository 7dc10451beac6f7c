package org.arxivenrich.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The claimed date compared with the v1 submission date, at the claim's precision.
 *
 * @param canonical the v1 date (UTC) it was compared with; empty when there was no claim
 * @param deltaDays days from the v1 date to the nearest day the claim allows (negative: the
 *     claim is earlier); 0 when the claim covers the v1 date; empty when there was no claim
 */
public record DateCheck(
    Verdict verdict, Optional<LocalDate> canonical, OptionalLong deltaDays, String reason) {
  public DateCheck {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(deltaDays, "deltaDays");
    Objects.requireNonNull(reason, "reason");
  }
}
