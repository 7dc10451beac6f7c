package org.arxivenrich.reconcile;

import java.util.List;

/**
 * Finds a multi-word short name in a title despite a typo: the article's "Apple Intellgence" is
 * "Apple Intelligence Foundation Language Models" (issue #4). Each word must meet the title's word
 * in the same place of a contiguous run, exactly or, for words of six letters or more, one edit
 * apart; a short word with one letter changed is another word ("Llama 2" is not "Llama 3").
 */
final class MisspelledNames {
  /** Below this length one edit turns a word into another word. */
  private static final int MIN_EDITABLE = 6;

  private MisspelledNames() {}

  /** True when the words of {@code name}, in order and in a row, are in {@code title}. */
  static boolean inTitle(TitleText name, TitleText title) {
    List<String> n = name.words();
    List<String> t = title.words();
    if (n.size() < 2 || n.stream().noneMatch(TitleText::isInformative)) {
      return false;
    }
    for (int i = 0; i + n.size() <= t.size(); i++) {
      if (sameRun(n, t.subList(i, i + n.size()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameRun(List<String> name, List<String> run) {
    for (int k = 0; k < name.size(); k++) {
      String a = name.get(k);
      String b = run.get(k);
      boolean editable = Math.min(a.length(), b.length()) >= MIN_EDITABLE;
      if (!a.equals(b) && !(editable && oneEditApart(a, b))) {
        return false;
      }
    }
    return true;
  }

  /** True when one letter inserted, deleted or replaced turns {@code a} into {@code b}. */
  static boolean oneEditApart(String a, String b) {
    String longer = a.length() >= b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() - shorter.length() > 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (i == shorter.length()) {
      return true;
    }
    int skip = longer.length() == shorter.length() ? 1 : 0;
    return shorter.substring(i + skip).equals(longer.substring(i + 1));
  }
}
