package org.arxivenrich.mention;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a phrase written in title case ({@code The Llama 3 Herd of Models}, {@code DeepSeek-Coder:
 * When the Large Language Model Meets Programming}) from prose (issue #8): English papers' titles
 * capitalize every word but the short function words, which prose never does over several words.
 * A forum writes a paper's title so, with no quotes, on the line before its link or before the
 * parentheses holding its ID.
 */
final class TitleCase {
  private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "nor",
      "but", "of", "for", "in", "on", "at", "to", "by", "with", "from", "into", "via", "vs", "vs.",
      "as", "over", "under", "without", "through", "per", "is", "are", "be", "not", "its",
      "than", "up", "out", "off");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** What a word of a title may hold besides letters and digits. */
  private static final String WORD_MARKS = "-'’.:+&/";

  private TitleCase() {}

  /**
   * True when {@code phrase} has {@code minWords} words or more, opens with a capital or a digit,
   * every word is capitalized, holds a capital or a digit ({@code phi-1.5}, {@code GPT-4}), or
   * is a function word, most are not function words and the last is not; only the last word
   * may end with {@code ?} or {@code !}.
   */
  static boolean is(String phrase, int minWords) {
    String[] words = SPACES.split(phrase.strip());
    if (words.length < minWords || words[0].isEmpty()) {
      return false;
    }
    if (!opensCapital(words[0])) {
      return false;
    }
    int capitalized = 0;
    for (int i = 0; i < words.length; i++) {
      String w = i == words.length - 1 ? words[i].replaceFirst("[?!]$", "") : words[i];
      int kind = w.isEmpty() ? -1 : kind(w);
      if (kind < 0) {
        return false;
      }
      capitalized += kind;
    }
    // "It is on the" is prose; "Scaling Reinforcement Learning from" a title cut short
    return capitalized * 2 > words.length && kind(words[words.length - 1]) != 0;
  }

  /** 1 for a word with a capital or a digit, 0 for a function word, -1 for a word of prose. */
  private static int kind(String w) {
    boolean capital = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetterOrDigit(c) && WORD_MARKS.indexOf(c) < 0) {
        return -1;
      }
      capital |= Character.isUpperCase(c) || Character.isDigit(c);
    }
    return capital ? 1 : FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) ? 0 : -1;
  }

  /**
   * The longest run of words ending {@code phrase} that may be a title: words of a title only,
   * opening with a capital or a digit ("For the retriever, ColBERT" ends with "ColBERT"); empty
   * when the last word is no title's.
   */
  static String longestTail(String phrase) {
    String[] words = SPACES.split(phrase.strip());
    int start = words.length;
    while (start > 0 && !words[start - 1].isEmpty() && kind(words[start - 1]) >= 0) {
      start--;
    }
    while (start < words.length && !opensCapital(words[start])) {
      start++;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(start, words.length));
  }

  private static boolean opensCapital(String word) {
    char c = word.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  /** The number of words of {@code phrase}. */
  static int words(String phrase) {
    String s = phrase.strip();
    return s.isEmpty() ? 0 : SPACES.split(s).length;
  }
}
