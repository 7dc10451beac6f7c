package org.arxivenrich.mention;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date an article claims for a paper, at the precision it was written: a year, a month or a day,
 * with the text it was read from.
 */
public record ClaimedDate(int year, Optional<Integer> month, Optional<Integer> day, String text) {

  /** The precision a claim was written at. */
  public enum Precision { YEAR, MONTH, DAY }

  public ClaimedDate {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(text, "text");
    if (year < 1900 || year > 2100) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
      throw new IllegalArgumentException("month out of range: " + month.get());
    }
    if (day.isPresent()) {
      if (month.isEmpty()) {
        throw new IllegalArgumentException("a day needs a month");
      }
      if (day.get() < 1 || day.get() > YearMonth.of(year, month.get()).lengthOfMonth()) {
        throw new IllegalArgumentException("day out of range: " + day.get());
      }
    }
  }

  public static ClaimedDate ofYear(int year, String text) {
    return new ClaimedDate(year, Optional.empty(), Optional.empty(), text);
  }

  public static ClaimedDate ofMonth(int year, int month, String text) {
    return new ClaimedDate(year, Optional.of(month), Optional.empty(), text);
  }

  public static ClaimedDate ofDay(int year, int month, int day, String text) {
    return new ClaimedDate(year, Optional.of(month), Optional.of(day), text);
  }

  public Precision precision() {
    return day.isPresent() ? Precision.DAY : month.isPresent() ? Precision.MONTH : Precision.YEAR;
  }

  /** ISO 8601 at the claim's precision: {@code 2023}, {@code 2023-05} or {@code 2023-05-15}. */
  public String iso() {
    StringBuilder s = new StringBuilder(String.format("%04d", year));
    month.ifPresent(m -> s.append(String.format("-%02d", m)));
    day.ifPresent(d -> s.append(String.format("-%02d", d)));
    return s.toString();
  }
}
