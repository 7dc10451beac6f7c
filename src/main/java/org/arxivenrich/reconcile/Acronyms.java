package org.arxivenrich.reconcile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a short name as the initials of a run of a title's words (issue #4): {@code DPO} is
 * "Direct Preference Optimization", {@code IFEval} "Instruction-Following Evaluation", {@code YOLO
 * v1} "You Only Look Once". A name in capitals spells with all its letters, a mixed-case name with
 * its capitals only; the words must open the title, stay before its colon and be spelled exactly,
 * so a generic title does not meet a random acronym by chance.
 */
final class Acronyms {
  /** Two initials are met by chance in too many titles ("LM", "RL"). */
  private static final int MIN_LETTERS = 3;
  /** A name, then a version or size written after it: "YOLO v1", "GPT-4", "Mixtral-8x7B". */
  private static final Pattern NAME_VERSION = Pattern.compile(
      "(\\p{L}[\\p{L}-]*?)(?:[\\s-]*(\\d[\\p{L}\\d.]*|[vV]\\d[\\p{L}\\d.]*))?");
  /** A version a paper is known by: "v3", "2", "3.5"; not a size ("8x7B") nor a year. */
  private static final Pattern VERSION = Pattern.compile("[vV]?\\d{1,2}(?:\\.\\d+)?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  /** Words a title may open with before it spells its name: "The Stack", "A Survey ...". */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  /** Words acronyms written in capitals leave out ("Mixture of Experts" is MoE, not MOE). */
  private static final Set<String> CONNECTIVES = Set.of("of", "for", "and", "or", "in", "on",
      "at", "to", "with", "by", "from", "via", "vs");

  private Acronyms() {}

  /**
   * The words a claim's initials spell in a title.
   *
   * @param conflict why the claim's version names another paper than the title, when it does
   */
  record Spelling(String words, Optional<String> conflict) {}

  /**
   * How {@code claim} spells a run of {@code title}'s words, or empty when it spells none or its
   * number leaves the question open (a size, or a title with other numbers).
   */
  static Optional<Spelling> spelling(String claim, String title) {
    Matcher m = NAME_VERSION.matcher(claim.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String initials = initials(m.group(1));
    List<List<String>> clauses = TitleText.casedClauses(title);
    Optional<String> words = initials.length() < MIN_LETTERS || clauses.isEmpty()
        ? Optional.empty()
        : spelledIn(initials, clauses.get(0));
    return words.flatMap(w -> versioned(claim.strip(), m.group(2), w, clauses));
  }

  /**
   * The spelling, checked against the claim's version: each of its numbers must be in the title,
   * or it is the first version ("v1") of a title that has no number at all. A later version of an
   * unnumbered title is another paper ("YOLO v2" is not "You Only Look Once"), as "Llama 2" is not
   * "LLaMA" ({@link VersionedNames}); any other disagreement leaves the claim uncertain.
   */
  private static Optional<Spelling> versioned(String claim, String version, String words,
      List<List<String>> clauses) {
    if (version == null) {
      return Optional.of(new Spelling(words, Optional.empty()));
    }
    List<String> theirs = clauses.stream().flatMap(List::stream)
        .flatMap(w -> DIGITS.matcher(w).results().map(r -> r.group())).toList();
    List<String> ours = DIGITS.matcher(version).results().map(r -> r.group()).toList();
    if (theirs.isEmpty() ? ours.equals(List.of("1")) : theirs.containsAll(ours)) {
      return Optional.of(new Spelling(words, Optional.empty()));
    }
    if (theirs.isEmpty() && VERSION.matcher(version).matches()) {
      return Optional.of(new Spelling(words, Optional.of("claim names '" + claim
          + "', the title spells out '" + words + "' without a number")));
    }
    return Optional.empty();
  }

  /**
   * The title's opening words whose initials are {@code initials}, if any. A paper spells its
   * own name out first and whole ("Direct Preference Optimization: ...", "Retrieval-Augmented
   * Generation for ..."): the same initials further on are a phrase it shares with other titles
   * ("... Improves Chain of Thought Reasoning"); a run cut off before its noun ("Measuring
   * Mathematical Problem | Solving") or joined by a preposition ("Mixtral of Experts") is not a
   * name; and a run with fewer than two distinctive words ("Finetuned Language Models") names no
   * one paper.
   */
  private static Optional<String> spelledIn(String initials, List<String> opening) {
    int from = ARTICLES.contains(lower(opening.get(0))) ? 1 : 0;
    int to = from + initials.length();
    if (opening.size() < to || !endsPhrase(opening, to)) {
      return Optional.empty();
    }
    List<String> run = opening.subList(from, to);
    boolean distinctive = run.stream().filter(Acronyms::isInformative).count() >= 2;
    boolean joined = run.stream().anyMatch(w -> CONNECTIVES.contains(lower(w)));
    return spells(initials, run) && distinctive && !joined
        ? Optional.of(String.join(" ", run)) : Optional.empty();
  }

  /** True when the clause ends at {@code to}, or goes on with a function word or a number. */
  private static boolean endsPhrase(List<String> clause, int to) {
    if (to == clause.size()) {
      return true;
    }
    String next = lower(clause.get(to));
    return TitleText.STOP.contains(next) || next.chars().allMatch(Character::isDigit);
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** All letters of a name in capitals, else its capitals: "IFEval" spells I, F, E. */
  private static String initials(String name) {
    String letters = only(name, Character::isLetter);
    boolean allCaps = letters.codePoints().noneMatch(Character::isLowerCase);
    return lower(allCaps ? letters : only(letters, Character::isUpperCase));
  }

  private static String only(String s, IntPredicate keep) {
    return s.codePoints().filter(keep)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static boolean spells(String initials, List<String> run) {
    for (int k = 0; k < run.size(); k++) {
      if (Character.toLowerCase(run.get(k).charAt(0)) != initials.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInformative(String word) {
    return TitleText.isInformative(TitleText.stem(lower(word)));
  }
}
