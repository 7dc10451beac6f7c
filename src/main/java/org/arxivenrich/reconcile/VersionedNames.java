package org.arxivenrich.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names with a number in a title ({@code llama 2}, {@code qwen2}, {@code deepseek v3}) and
 * the conflicts between two titles' numbers: {@code Llama 2: ...} names a different paper from
 * {@code LLaMA: ...} although most of their words agree.
 */
final class VersionedNames {
  private static final Pattern LETTERS_THEN_DIGITS = Pattern.compile("(\\p{L}+)(\\d+)\\p{L}*");
  private static final Pattern LEADING_DIGITS = Pattern.compile("(\\d+)\\p{L}*");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private VersionedNames() {}

  /** A name and the number written with it. */
  private record Name(String word, String number) {}

  private static List<Name> of(TitleText text) {
    List<Name> names = new ArrayList<>();
    List<String> w = text.words();
    for (int i = 0; i < w.size(); i++) {
      Matcher glued = LETTERS_THEN_DIGITS.matcher(w.get(i));
      Matcher alone = LEADING_DIGITS.matcher(w.get(i));
      if (glued.matches()) {
        names.add(new Name(glued.group(1), glued.group(2)));
      } else if (alone.matches() && i > 0 && !TitleText.STOP.contains(w.get(i - 1))) {
        names.add(new Name(w.get(i - 1), alone.group(1)));
      }
    }
    return names;
  }

  /** Why the two titles' numbered names disagree, or empty when they do not. */
  static Optional<String> conflict(TitleText a, TitleText b) {
    return oneWay(a, b, "claim").or(() -> oneWay(b, a, "title"));
  }

  /** True when every number written in {@code a} is written in {@code b} too. */
  static boolean numbersIn(TitleText a, TitleText b) {
    List<String> theirs = DIGITS.matcher(b.normalized()).results().map(r -> r.group()).toList();
    return DIGITS.matcher(a.normalized()).results().allMatch(r -> theirs.contains(r.group()));
  }

  private static Optional<String> oneWay(TitleText a, TitleText b, String side) {
    List<Name> theirs = of(b);
    for (Name n : of(a)) {
      List<Name> same = theirs.stream().filter(t -> t.word().equals(n.word())).toList();
      if (!same.isEmpty() && same.stream().noneMatch(t -> t.number().equals(n.number()))) {
        return Optional.of(side + " names '" + n.word() + " " + n.number() + "', the other '"
            + same.get(0).word() + " " + same.get(0).number() + "'");
      }
      if (same.isEmpty() && b.words().contains(n.word())) {
        return Optional.of(side + " names '" + n.word() + " " + n.number()
            + "', the other '" + n.word() + "' without a number");
      }
    }
    return Optional.empty();
  }
}
