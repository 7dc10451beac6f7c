package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases an article marks as a title inside its sentences (issue #11): in {@code 《》},
 * in quotes, in bold or italics, or as a name followed by 论文/論文/paper. Only phrases that could
 * be an English paper title are kept; whether one is, a title search decides later. Nothing in a
 * section heading, and nothing the context calls a book, blog post or product, is kept.
 */
final class TitlePhrases {
  /** One phrase over {@code [start, end)} of the text, and the form it was marked by. */
  record Phrase(int start, int end, String text, String source) {}

  private static final Pattern ITALIC = Pattern.compile(
      "(?<![*\\w])\\*(?!\\*)([^*\\n]{3,300}?)\\*(?![*\\w])"
          + "|(?<![_\\w])_([^_\\n]{3,300}?)_(?![_\\w])");
  /** Quotes as {@link TitleReader} reads them, but a title may wrap onto the next line. */
  private static final Pattern QUOTED = Pattern.compile("“([^“”\\n]{3,300}(?:\\n[^“”\\n]{1,300})?)”"
      + "|\"([^\"\\n]{3,300}(?:\\n[^\"\\n]{1,300})?)\"|「([^「」\\n]{2,300})」|『([^『』\\n]{2,300})』");
  private static final Pattern UNDERSCORE_BOLD = Pattern.compile("__([^_\\n]{2,300})__");
  /** "the Let's Verify Step by Step paper": a capitalized name of three words or more. */
  private static final Pattern THE_PAPER = Pattern.compile(
      "\\b[Tt]he ([A-Z][\\w'’.:-]*(?: [\\w'’.:-]+){2,20}) paper\\b");
  /** What a phrase is called next to it that makes it something other than a paper. */
  private static final Pattern NOT_A_PAPER = Pattern.compile("(?i)书|書|小说|小說|博客|博文|"
      + "课程|課程|新闻|新聞|报道|報導|播客|视频|視頻|电影|電影|游戏|遊戲|产品|產品|"
      + "\\bbook\\b|\\bnovel\\b|\\bblog\\b|\\bpost\\b|\\bcourse\\b|\\bpodcast\\b|\\bvideo\\b"
      + "|\\bmovie\\b|\\bfilm\\b|\\bproduct\\b|\\bapp\\b|\\bessay\\b|\\bnewsletter\\b");
  private static final int CONTEXT = 12;
  private static final int MAX_LENGTH = 300;

  private TitlePhrases() {}

  /** Every marked phrase of {@code text} that may be a paper title, in text order. */
  static List<Phrase> find(String text) {
    List<Phrase> found = new ArrayList<>();
    marked(text, TitleReader.BOOK, "book", found);
    marked(text, QUOTED, "quotes", found);
    marked(text, TitleReader.BOLD, "bold", found);
    marked(text, UNDERSCORE_BOLD, "bold", found);
    marked(text, ITALIC, "italic", found);
    marked(text, TitleReader.NAME_PAPER, "named", found);
    marked(text, THE_PAPER, "named", found);
    return found;
  }

  private static void marked(String text, Pattern form, String source, List<Phrase> into) {
    Matcher m = form.matcher(text);
    while (m.find()) {
      int g = firstGroup(m);
      Optional<String> phrase = TitleReader.clean(m.group(g).replaceAll("\\s*\\n\\s*", " "))
          .filter(p -> mayBeTitle(p) && !calledOtherThanPaper(text, m.start(), m.end()))
          .filter(p -> !TitleLines.isHeading(text, m.start()));
      phrase.ifPresent(p -> into.add(new Phrase(m.start(g), m.end(g), p, source)));
    }
  }

  /** An English title: Latin letters, a few words, no link or markup left in it. */
  static boolean mayBeTitle(String phrase) {
    long latin = phrase.chars().filter(c -> c < 0x250 && Character.isLetter(c)).count();
    long letters = phrase.chars().filter(Character::isLetter).count();
    return phrase.length() <= MAX_LENGTH && letters > 0 && latin * 10 >= letters * 9
        && phrase.strip().contains(" ") && !phrase.contains("://") && !phrase.contains("](");
  }

  /** True when the words right around the phrase call it a book, a blog post, a product... */
  private static boolean calledOtherThanPaper(String text, int start, int end) {
    String before = text.substring(Math.max(lineStart(text, start), start - CONTEXT), start);
    String after = text.substring(end, Math.min(lineEnd(text, end), end + CONTEXT));
    return NOT_A_PAPER.matcher(before).find() || NOT_A_PAPER.matcher(after).find();
  }

  private static int firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return g;
      }
    }
    return 0;
  }

  private static int lineStart(String text, int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  private static int lineEnd(String text, int offset) {
    int e = text.indexOf('\n', offset);
    return e < 0 ? text.length() : e;
  }
}
