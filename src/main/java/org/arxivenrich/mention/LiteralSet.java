package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;

/**
 * A few literals, told at a place in a text by their first char (issue #13): a search for their
 * first chars, then a comparison of only the literals that open with the char found, instead of
 * a search of the whole text per literal.
 */
final class LiteralSet {
  /** For each char, 1 + the index of the literals it opens in {@link #byFirst}; 0 if none. */
  private final byte[] slot = new byte[Character.MAX_VALUE + 1];
  private final String[][] byFirst;
  private final String firsts;

  LiteralSet(String... literals) {
    List<List<String>> groups = new ArrayList<>();
    StringBuilder firstChars = new StringBuilder();
    for (String literal : literals) {
      char first = literal.charAt(0);
      if (slot[first] == 0) {
        groups.add(new ArrayList<>());
        slot[first] = (byte) groups.size();
        firstChars.append(first);
      }
      groups.get(slot[first] - 1).add(literal);
    }
    byFirst = groups.stream().map(g -> g.toArray(String[]::new)).toArray(String[][]::new);
    firsts = firstChars.toString();
  }

  /** The first chars of the literals, each once: what a search for them looks for. */
  String firsts() {
    return firsts;
  }

  /** True when one of the literals starts at {@code at} in {@code text}. */
  boolean startsAt(String text, int at) {
    int k = slot[text.charAt(at)];
    if (k == 0) {
      return false;
    }
    for (String literal : byFirst[k - 1]) {
      if (text.startsWith(literal, at)) {
        return true;
      }
    }
    return false;
  }
}
