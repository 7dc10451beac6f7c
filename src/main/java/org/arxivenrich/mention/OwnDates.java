package org.arxivenrich.mention;

import java.util.regex.Pattern;

/**
 * Finds the article's own dates, which are never claims about a paper (issue #8): a byline at
 * the top or bottom ("Posted on March 3, 2024", "作者: …"), "last updated", "编辑于 …", and a
 * forum post's or reply's timestamp ("alice · 2023-06-14 10:22", "… wrote:"). Such a line is
 * quiet unless it holds a link or an arXiv ID. Rare literals are searched in the whole text
 * first, so the cost on an ordinary article is a few {@code indexOf} calls.
 */
final class OwnDates {
  private static final Pattern BYLINE = Pattern.compile("(?i)[ \\t>*_]*(?:posted|published on"
      + "|written|by [A-Z][\\w.-]+(?: [A-Z][\\w.-]+)?[ \\t]*(?:[|·•,–—-]|on)|作者[:：]"
      + "|发布于|發佈於|发表于|發表於).*");
  private static final Pattern OWN_DATE = Pattern.compile("(?i)last (?:updated|modified|edited)"
      + "|updated on|updated:|编辑于|編輯於|IP ?属地|IP ?屬地|最后更新|最後更新|更新于|更新於");
  private static final String[] LATIN_WORDS = {"pdated", "odified", "dited"};
  private static final LiteralSet CJK_WORDS = new LiteralSet("编辑于", "編輯於", "属地", "屬地",
      "最后更新", "最後更新", "更新于", "更新於");
  private static final Pattern TIMESTAMP = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}\\b"
      + "|\\b\\d+ ?(?:hours?|days?|weeks?|months?|years?|yrs?\\.?|mo\\.?) ago\\b|\\bwrote:");
  /** A labelled date field is a claim ({@code 发布时间:…}), whatever else the line holds. */
  private static final Pattern FIELD_LABEL = Pattern.compile("(?i)[ \\t]*[-*•]?[ \\t]*(?:\\*\\*)?"
      + "(?:发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發布日期|發佈日期|发表日期|發表日期"
      + "|提交时间|提交時間|Date|Published|Publication date|Submitted)");
  private static final int SHORT_LINE = 90;

  private OwnDates() {}

  /**
   * Quiets the lines holding "last updated" or a post's timestamp. Each literal is found with
   * {@code indexOf} over the whole text (vectorized by the JVM), far cheaper than a test per
   * character or a pattern per line; the Chinese words by their first chars, which a search for
   * one char finds faster than a search for a word (issue #13).
   */
  static void read(String text, TextLines lines, Structure structure) {
    for (String word : LATIN_WORDS) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        at = ownDate(text, lines, at, structure);
      }
    }
    String firsts = CJK_WORDS.firsts();
    for (int i = 0; i < firsts.length(); i++) {
      char first = firsts.charAt(i);
      for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
        at = CJK_WORDS.startsAt(text, at) ? ownDate(text, lines, at, structure) : at;
      }
    }
    for (int at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
      if (isClock(text, at)) {
        int e = lines.lineEnd(at);
        timestamp(text, lines.lineStart(at), e, structure);
        at = e;
      }
    }
    for (String word : new String[] {" ago", "wrote:"}) {
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        int e = lines.lineEnd(at);
        timestamp(text, lines.lineStart(at), e, structure);
        at = e;
      }
    }
  }

  /** Tests the line holding an own-date word at {@code at}; returns the line's end. */
  private static int ownDate(String text, TextLines lines, int at, Structure structure) {
    int s = lines.lineStart(at);
    int e = lines.lineEnd(at);
    if (e - s <= SHORT_LINE * 2 && OWN_DATE.matcher(text).region(s, e).find()) {
      quiet(text, s, e, structure);
    }
    return e;
  }

  private static boolean isClock(String text, int at) {
    return at > 0 && at + 2 < text.length() && Character.isDigit(text.charAt(at - 1))
        && Character.isDigit(text.charAt(at + 1)) && Character.isDigit(text.charAt(at + 2));
  }

  /** Quiets a byline; called for the lines at the top and bottom of an article. */
  static void byline(String text, int s, int e, Structure structure) {
    if (e - s <= SHORT_LINE && BYLINE.matcher(text).region(s, e).lookingAt()
        && !FIELD_LABEL.matcher(text).region(s, e).lookingAt()) {
      quiet(text, s, e, structure);
    }
  }

  private static void timestamp(String text, int s, int e, Structure structure) {
    if (e - s <= SHORT_LINE && !FIELD_LABEL.matcher(text).region(s, e).lookingAt()
        && TIMESTAMP.matcher(text).region(s, e).find()) {
      quiet(text, s, e, structure);
    }
  }

  private static void quiet(String text, int s, int e, Structure structure) {
    if (!containsLink(text, s, e)) {
      structure.quiet(s, e);
    }
  }

  static boolean containsLink(String text, int s, int e) {
    for (int i = s; i + 3 <= e; i++) {
      char c = text.charAt(i);
      if ((c == ':' && text.startsWith("://", i))
          || ((c == 'a' || c == 'A') && text.regionMatches(true, i, "arxiv", 0, 5))) {
        return true;
      }
    }
    return false;
  }
}
