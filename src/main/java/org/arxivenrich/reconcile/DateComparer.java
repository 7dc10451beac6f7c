package org.arxivenrich.reconcile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ClaimedDate;

/**
 * Compares a claimed date with a paper's v1 submission date ({@code published}, UTC) at the
 * claim's own precision: a year against the year, a month against the month, a day against the
 * day. A claim one day off is a match: arXiv dates are UTC and articles often write local time.
 * A claim that misses v1 but hits a later version says which one, where every version's date is
 * known (the mirror's bulk metadata); from the API only the latest version's date is.
 */
final class DateComparer {

  DateCheck compare(ClaimedDate claim, Paper paper) {
    LocalDate v1 = day(paper.published());
    long delta = delta(claim, v1);
    Optional<LocalDate> canonical = Optional.of(v1);
    if (delta == 0) {
      return new DateCheck(Verdict.MATCH, canonical, OptionalLong.of(0),
          "same " + claim.precision().name().toLowerCase(Locale.ROOT) + " as v1");
    }
    if (Math.abs(delta) == 1) {
      return new DateCheck(Verdict.MATCH, canonical, OptionalLong.of(delta),
          "time zone: one day from v1 (" + v1 + " UTC)");
    }
    return new DateCheck(Verdict.MISMATCH, canonical, OptionalLong.of(delta),
        mismatchReason(claim, v1, paper));
  }

  static DateCheck noClaim() {
    return new DateCheck(Verdict.NO_CLAIM, Optional.empty(), OptionalLong.empty(),
        "no date claimed");
  }

  private static String mismatchReason(ClaimedDate claim, LocalDate v1, Paper paper) {
    Optional<String> version = matchingVersion(claim, paper);
    if (version.isPresent()) {
      return version.get();
    }
    LocalDate latest = day(paper.updated());
    if (paper.version() > 1 && !latest.equals(v1) && Math.abs(delta(claim, latest)) <= 1) {
      return "claim matches the latest version's date (v" + paper.version() + ", " + latest
          + "), not v1";
    }
    if (claim.year() != v1.getYear()) {
      return "year differs";
    }
    return claim.precision() == ClaimedDate.Precision.DAY
        && claim.month().orElseThrow() == v1.getMonthValue() ? "day differs" : "month differs";
  }

  /**
   * "claim matches v2's date, 2023-06-01, not v1's" for the later version whose date the claim
   * meets (one day off allowed, the closest and then the earliest first); empty when no version
   * after v1 matches, when the latest does (said as the API-backed verdict says it), or when the
   * versions' dates are not known.
   */
  private static Optional<String> matchingVersion(ClaimedDate claim, Paper paper) {
    int best = 0;
    long bestDelta = 2;
    for (int n = 2; n <= paper.versionDates().size(); n++) {
      long delta = Math.abs(delta(claim, day(paper.versionDate(n).orElseThrow())));
      if (delta < bestDelta) {
        best = n;
        bestDelta = delta;
      }
    }
    // The latest version keeps the wording the API's two dates already give.
    boolean middle = best > 0 && best < paper.versionDates().size();
    return !middle ? Optional.empty() : Optional.of("claim matches v" + best + "'s date, "
        + day(paper.versionDate(best).orElseThrow()) + ", not v1's");
  }

  /**
   * Days from {@code date} to the nearest day the claim allows: 0 when the claim covers it,
   * negative when the claim is earlier.
   */
  static long delta(ClaimedDate claim, LocalDate date) {
    LocalDate first = firstDay(claim);
    LocalDate last = switch (claim.precision()) {
      case YEAR -> first.plusYears(1).minusDays(1);
      case MONTH -> first.plusMonths(1).minusDays(1);
      case DAY -> first;
    };
    if (date.isBefore(first)) {
      return ChronoUnit.DAYS.between(date, first);
    }
    return date.isAfter(last) ? -ChronoUnit.DAYS.between(last, date) : 0;
  }

  private static LocalDate firstDay(ClaimedDate claim) {
    return LocalDate.of(claim.year(), claim.month().orElse(1), claim.day().orElse(1));
  }

  private static LocalDate day(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
