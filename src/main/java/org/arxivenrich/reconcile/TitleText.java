package org.arxivenrich.reconcile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * A title reduced to what two writers of the same title agree on: HTML entities and simple LaTeX
 * decoded, width and accents folded, lowercase, apostrophes dropped, every other punctuation mark
 * or dash a word break, and each word lightly stemmed ({@code models} and {@code model} agree).
 */
final class TitleText {
  private static final Pattern LATEX_WRAPPER = Pattern.compile(
      "\\\\(?:emph|textbf|textit|textsc|texttt|textrm|mathrm|mathbf|mathcal|mathit|text)"
          + "\\s*\\{([^{}]*)}");
  private static final Pattern LATEX_ACCENT = Pattern.compile("\\\\[`'\"^~=.]\\{?([A-Za-z])}?");
  private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\([A-Za-z]+|.)");
  private static final Pattern APOSTROPHE = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile("[:;,.!?()\\[\\]]|\\s[-\u2013\u2014]+\\s|\u2014");

  /** Function words: they say nothing about which paper a title names. */
  static final Set<String> STOP = Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on",
      "at", "to", "with", "without", "via", "by", "from", "is", "are", "be", "as", "it", "its",
      "your", "you", "all", "we", "our", "how", "what", "why", "do", "doe", "can", "thi", "that",
      "than", "into", "over", "under", "v", "vs", "versu", "not", "no", "one", "more", "beyond");

  /**
   * Words so common in AI paper titles that sharing them says little ("Attention Is All You
   * Need" and "Textbooks Are All You Need" share only these and function words).
   */
  private static final Set<String> GENERIC = Set.of("language", "model", "large", "llm", "learning",
      "learn", "neural", "network", "deep", "train", "data", "dataset", "based", "efficient",
      "approach", "method", "study", "survey", "use", "new", "novel", "analysi", "task", "system",
      "generation", "improv", "toward", "towards", "need", "benchmark", "evaluation", "technical",
      "report", "paper", "scale", "scal", "transformer", "ai", "multi", "self", "using");

  private final String original;
  private final String normalized;
  private final List<String> words;
  private final boolean latin;

  private TitleText(String original) {
    this.original = original;
    String folded = fold(original);
    this.latin = isMostlyLatin(folded);
    List<String> w = new ArrayList<>();
    for (String word : NON_WORD.split(folded)) {
      if (!word.isEmpty() && (!latin || isLatinOrDigits(word))) {
        w.add(stem(word));
      }
    }
    this.words = List.copyOf(w);
    this.normalized = String.join(" ", words);
  }

  static TitleText of(String title) {
    return new TitleText(title);
  }

  String original() {
    return original;
  }

  /** The words joined by single spaces: equal for two ways of writing one title. */
  String normalized() {
    return normalized;
  }

  List<String> words() {
    return words;
  }

  /** True when the text is written mostly in Latin letters, so English titles can be compared. */
  boolean isLatin() {
    return latin;
  }

  /** How much a word tells one paper from another: 1 distinctive, less for common words. */
  static double weight(String word) {
    if (STOP.contains(word)) {
      return 0.1;
    }
    return GENERIC.contains(word) ? 0.4 : 1.0;
  }

  static boolean isInformative(String word) {
    return weight(word) == 1.0;
  }

  private static boolean isNumber(String word) {
    return word.chars().anyMatch(Character::isDigit);
  }

  private static String fold(String title) {
    String s = decode(title);
    s = APOSTROPHE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    return s.replace('$', ' ').replace('{', ' ').replace('}', ' ');
  }

  /**
   * The title's clauses (split at colons, commas, brackets, spaced dashes...), each as its words in
   * their own case, split as {@link #words()} splits them (each part of a hyphenated word is a
   * word) but not stemmed: what an acronym's capitals are read against.
   */
  static List<List<String>> casedClauses(String title) {
    String s = APOSTROPHE.matcher(decode(title)).replaceAll("");
    return CLAUSE_BREAK.splitAsStream(s)
        .map(c -> NON_WORD.splitAsStream(c).filter(w -> !w.isEmpty()).toList())
        .filter(c -> !c.isEmpty()).toList();
  }

  /** Entities, simple LaTeX, width and accents undone; case and punctuation kept. */
  private static String decode(String title) {
    String s = Parser.unescapeEntities(title, false);
    s = LATEX_WRAPPER.matcher(s).replaceAll("$1");
    s = LATEX_ACCENT.matcher(s).replaceAll("$1");
    s = s.replace("\\&", "&");
    s = LATEX_COMMAND.matcher(s).replaceAll(" ");
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Plural {@code s} and gerund {@code ing} go, so "Prompting" meets "Prompt". */
  static String stem(String word) {
    if (isNumber(word)) {
      return word;
    }
    if (word.length() > 5 && word.endsWith("ing")) {
      return word.substring(0, word.length() - 3);
    }
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static boolean isMostlyLatin(String s) {
    int latinLetters = 0;
    int otherLetters = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
          latinLetters++;
        } else {
          otherLetters++;
        }
      }
      i += Character.charCount(cp);
    }
    return latinLetters > 0 && otherLetters * 3 <= latinLetters;
  }

  private static boolean isLatinOrDigits(String word) {
    return word.codePoints().allMatch(cp -> Character.isDigit(cp)
        || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }
}
