package org.arxivenrich.mirror;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** How old a mirror is: whole days from its newest datestamp to a moment, in UTC. */
public final class MirrorAge {
  private MirrorAge() {}

  /** Days from {@code newest} to {@code now}'s UTC day; 0 for a datestamp of today. */
  public static long days(LocalDate newest, Instant now) {
    return Math.max(0, ChronoUnit.DAYS.between(newest, now.atOffset(ZoneOffset.UTC)
        .toLocalDate()));
  }
}
