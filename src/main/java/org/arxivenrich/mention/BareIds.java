package org.arxivenrich.mention;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the bare new-style identifiers ({@code 2305.10601}) that their context marks as arXiv's
 * (issue #8), as a reader of a thread about papers takes them: in parentheses after a name
 * ({@code ColBERT (2004.12832)}, {@code (2401.14196, Jan 2024)}), in brackets before a title as
 * arXiv titles its pages ({@code [2401.02954] DeepSeek LLM: …}), or after the word paper
 * ({@code paper 2210.07316}, {@code 论文 2305.10601}) in an article about papers; and anywhere
 * when the article's text names the same number as arXiv's elsewhere (a quoted listing's {@code
 * arXiv:2310.06271}, then "2310.06271 rings a bell"). A number alone, or one only a URL holds,
 * stays unread: the scanner never takes one (issue #2); nor the text of a Markdown link, whose
 * link is the mention. One pass over the full stops, with cheap tests first.
 */
final class BareIds {
  private static final String[] PAPER_WORDS = {"paper", "papers", "论文", "論文"};
  /** What the text writes just before an ID to name it as arXiv's (a DOI's {@code arXiv.}). */
  private static final String[] MARKS = {"arxiv:", "arxiv：", "arxiv.", "arxiv "};
  private static final String OPENS = "(（";
  private static final String CLOSES = ")）,，;；";
  private static final int NONE = 0;
  private static final int NAMED_ELSEWHERE = 1;
  /** Marked by where it stands, which counts only in an article about papers. */
  private static final int BY_CONTEXT = 2;

  private BareIds() {}

  static void read(String text, Structure structure) {
    Boolean aboutPapers = null;
    for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      int start = dot - 4;
      int idEnd = idEnd(text, dot);
      if (idEnd < 0 || !digits(text, start, dot) || !opensBare(text, start)) {
        continue;
      }
      int end = versionEnd(text, idEnd);
      int mark = mark(text, start, idEnd, end);
      if (mark == BY_CONTEXT && aboutPapers == null) {
        aboutPapers = isAboutPapers(text);
      }
      if (mark == NAMED_ELSEWHERE || (mark == BY_CONTEXT && aboutPapers)) {
        structure.hit(hit(text, start, idEnd, end));
      }
    }
  }

  /** What marks the number at {@code [start, idEnd)} as an ID, if anything does. */
  private static int mark(String text, int start, int idEnd, int end) {
    String id = text.substring(start, idEnd);
    if (text.startsWith("](", end) || ArxivId.tryParse(id).isEmpty()) {
      return NONE;
    }
    if (markedElsewhere(text, id, start)) {
      return NAMED_ELSEWHERE;
    }
    return parenthesized(text, start, end) || bracketed(text, start, end)
        || afterPaperWord(text, start) ? BY_CONTEXT : NONE;
  }

  /** The end of four or five digits after {@code dot}, not followed by more; -1 if none. */
  private static int idEnd(String text, int dot) {
    int e = dot + 1;
    while (e < text.length() && e - dot <= 6 && isDigit(text.charAt(e))) {
      e++;
    }
    boolean more = e < text.length() && (isDigit(text.charAt(e))
        || (text.charAt(e) == '.' && e + 1 < text.length() && isDigit(text.charAt(e + 1))));
    return e - dot - 1 >= 4 && e - dot - 1 <= 5 && !more ? e : -1;
  }

  private static int versionEnd(String text, int idEnd) {
    int e = idEnd;
    if (e + 1 < text.length() && text.charAt(e) == 'v' && isDigit(text.charAt(e + 1))) {
      e++;
      while (e < text.length() && isDigit(text.charAt(e))) {
        e++;
      }
      if (e < text.length() && Character.isLetter(text.charAt(e))) {
        return idEnd;
      }
    }
    return e;
  }

  /** Nothing of a URL, a path, a version or a word runs into the number. */
  private static boolean opensBare(String text, int start) {
    if (start == 0) {
      return true;
    }
    char c = text.charAt(start - 1);
    return !Character.isLetterOrDigit(c) && "./:-_#=?&@".indexOf(c) < 0;
  }

  private static boolean parenthesized(String text, int start, int end) {
    return start > 0 && OPENS.indexOf(text.charAt(start - 1)) >= 0 && end < text.length()
        && CLOSES.indexOf(text.charAt(end)) >= 0;
  }

  /** {@code [2401.02954] Title}: how arXiv titles an abstract page, and tabs and links show it. */
  private static boolean bracketed(String text, int start, int end) {
    return start > 0 && text.charAt(start - 1) == '[' && end + 1 < text.length()
        && text.charAt(end) == ']' && text.charAt(end + 1) == ' ';
  }

  private static boolean afterPaperWord(String text, int start) {
    int e = start;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ':'
        || text.charAt(e - 1) == '：') && start - e < 3) {
      e--;
    }
    for (String word : PAPER_WORDS) {
      int s = e - word.length();
      if (s >= 0 && text.regionMatches(true, s, word, 0, word.length())
          && (s == 0 || !Character.isLetter(text.charAt(s - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code id} is written elsewhere in the text as arXiv's: after abs/ or arXiv:. */
  private static boolean markedElsewhere(String text, String id, int at) {
    for (int j = text.indexOf(id); j >= 0; j = text.indexOf(id, j + 1)) {
      if (j != at && isMarked(text, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMarked(String text, int j) {
    for (String mark : MARKS) {
      int s = j - mark.length();
      if (s >= 0 && text.regionMatches(true, s, mark, 0, mark.length())) {
        return true;
      }
    }
    return false;
  }

  private static Hit hit(String text, int start, int idEnd, int end) {
    String version = end > idEnd ? text.substring(idEnd + 1, end) : null;
    return new Hit(start, end, Target.marked(Form.TEXT, text.substring(start, idEnd), version),
        text.substring(start, end), Optional.empty(), Optional.empty());
  }

  static boolean isAboutPapers(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("arxiv") || lower.contains("paper") || text.contains("论文")
        || text.contains("論文");
  }

  private static boolean digits(String text, int from, int to) {
    if (from < 0) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
