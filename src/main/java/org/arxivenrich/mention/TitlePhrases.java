package org.arxivenrich.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the phrases an article marks as a title inside its sentences (issue #11): in {@code 《》},
 * in quotes, in bold or italics, or as a name followed by 论文/論文/paper. Only phrases that could
 * be an English paper title are kept; whether one is, a title search decides later. Nothing in a
 * section heading, and nothing the context calls a book, blog post or product, is kept.
 */
final class TitlePhrases {
  /** One phrase over {@code [start, end)} of the text, and the form it was marked by. */
  record Phrase(int start, int end, String text, String source) {}

  /** Quotes as {@link TitleReader} reads them, but a title may wrap onto the next line. */
  static final Pattern QUOTED = Pattern.compile("“([^“”\\n]{3,300}(?:\\n[^“”\\n]{1,300})?)”"
      + "|\"([^\"\\n]{3,300}(?:\\n[^\"\\n]{1,300})?)\"|「([^「」\\n]{2,300})」|『([^『』\\n]{2,300})』");
  /** "the Let's Verify Step by Step paper": a capitalized name of three words or more. */
  private static final Pattern THE_PAPER = Pattern.compile(
      "[Tt](?<![\\w][Tt])he ([A-Z][\\w'’.:-]*(?: [\\w'’.:-]+){2,20}) paper\\b");
  /**
   * What a phrase is called next to it that makes it something other than a paper; an English
   * word as a whole word. Each word is looked for with {@code contains} before the pattern runs.
   */
  private static final List<String> NOT_A_PAPER_WORDS = List.of("书", "書", "小说", "小說", "博客",
      "博文", "课程", "課程", "新闻", "新聞", "报道", "報導", "播客", "视频", "視頻", "电影", "電影",
      "游戏", "遊戲", "产品", "產品", "book", "novel", "blog", "post", "course", "podcast", "video",
      "movie", "film", "product", "app", "essay", "newsletter");
  private static final Pattern NOT_A_PAPER = Pattern.compile(NOT_A_PAPER_WORDS.stream()
      .map(w -> w.charAt(0) < 0x80 ? "\\b" + w + "\\b" : w).collect(Collectors.joining("|")));
  private static final Pattern WRAP = Pattern.compile("\\s*\\n\\s*");
  private static final int CONTEXT = 12;
  private static final int MAX_LENGTH = 300;

  private TitlePhrases() {}

  /**
   * Every marked phrase of {@code text} that may be a paper title. The marks are found by jumps
   * ({@link TitleMarks}); a form's pattern is tried only where its mark opens, and not inside its
   * last match, so a closing quote never opens another.
   */
  static List<Phrase> find(String text) {
    List<Phrase> found = new ArrayList<>();
    Form book = new Form(MarkedPhraseEnds::book, 1, 1, "book", text);
    Form quoted = new Form(MarkedPhraseEnds::quoted, 1, 1, "quotes", text);
    Form bold = new Form(MarkedPhraseEnds::bold, 2, 2, "bold", text);
    Form underlined = new Form(MarkedPhraseEnds::bold, 2, 2, "bold", text);
    Form italic = new Form(MarkedPhraseEnds::italic, 1, 1, "italic", text);
    TitleMarks marks = new TitleMarks(text);
    for (int i = marks.next(0); i >= 0; i = marks.next(i + 1)) {
      char c = text.charAt(i);
      if (c == '《') {
        book.at(i, found);
      } else if (c == '*' && !bold.at(i, found) || c == '_' && !underlined.at(i, found)) {
        italic.at(i, found);
      } else if (c != '*' && c != '_') {
        quoted.at(i, found);
      }
    }
    PaperWordNames.find(text, found);
    found.addAll(thePaper(text)); // found after the 论文 names, as ever
    return found;
  }

  /**
   * The "the X paper" names. {@link #THE_PAPER}'s match holds no line break, so it is tried only
   * at a "The X" with " paper" after it on its line, not at every t of the text (issue #13).
   */
  private static List<Phrase> thePaper(String text) {
    List<Phrase> found = new ArrayList<>();
    Matcher m = THE_PAPER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Form form = new Form((t, i) -> m.region(i, t.length()).lookingAt() ? m.end() : -1,
        "The ".length(), " paper".length(), "named", text);
    int tried = 0;
    for (int p = text.indexOf(" paper"); p >= 0; p = text.indexOf(" paper", p + 1)) {
      int i = p;
      while (i > tried && text.charAt(i - 1) != '\n') {
        i--;
      }
      for (; i < p; i++) {
        char c = text.charAt(i);
        if ((c == 'T' || c == 't') && opensThePaper(text, i)) {
          form.at(i, found);
        }
      }
      tried = p;
    }
    return found;
  }

  /** "The X" at {@code i}, where {@link #THE_PAPER} can start. */
  private static boolean opensThePaper(String text, int i) {
    return i + 4 < text.length() && text.startsWith("he ", i + 1)
        && text.charAt(i + 4) >= 'A' && text.charAt(i + 4) <= 'Z';
  }

  /** Where a phrase marked at {@code i} ends, with its marks; -1 where none is. */
  private interface PhraseEnd {
    int at(String text, int i);
  }

  /**
   * One form of mark, tried where its mark opens: the phrase is what lies between its opening
   * mark ({@code open} chars) and its closing one ({@code close} chars).
   */
  private static final class Form {
    private final PhraseEnd end;
    private final int open;
    private final int close;
    private final String source;
    private final String text;
    private int resume;

    Form(PhraseEnd end, int open, int close, String source, String text) {
      this.end = end;
      this.open = open;
      this.close = close;
      this.source = source;
      this.text = text;
    }

    /** True when the form's phrase opens at {@code i}; it is kept if it may be a title. */
    boolean at(int i, List<Phrase> into) {
      int e = i < resume ? -1 : end.at(text, i);
      if (e < 0) {
        return false;
      }
      resume = e;
      keep(i, e, into);
      return true;
    }

    private void keep(int start, int end, List<Phrase> into) {
      int from = start + open;
      int to = end - close;
      String raw = text.substring(from, to);
      if (!mostlyLatin(raw) || !hasWhiteSpace(raw)) {
        return; // most marked phrases in a Chinese article, and single words: dropped uncleaned
      }
      TitleReader.clean(unwrapped(raw))
          .filter(p -> mayBeTitle(p) && !calledOtherThanPaper(text, start, end))
          .filter(p -> !TitleLines.isHeading(text, start))
          .ifPresent(p -> into.add(new Phrase(from, to, p, source)));
    }
  }

  /**
   * True when {@code raw} holds white space ({@code \s}): {@link TitleReader#clean} and {@link
   * #unwrapped} make a space of nothing else, and {@link #mayBeTitle} wants one. Looked for
   * first, as cleaning costs more (issue #13).
   */
  private static boolean hasWhiteSpace(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** A phrase wrapped onto the next line, joined by one space. */
  private static String unwrapped(String phrase) {
    return phrase.indexOf('\n') < 0 ? phrase : WRAP.matcher(phrase).replaceAll(" ");
  }

  /** An English title: Latin letters, a few words, no link or markup left in it. */
  static boolean mayBeTitle(String phrase) {
    return phrase.length() <= MAX_LENGTH && mostlyLatin(phrase) && phrase.strip().contains(" ")
        && !phrase.contains("://") && !phrase.contains("](");
  }

  /**
   * Nine letters in ten or more are Latin: the only titles a look-up can compare. Gives up as
   * soon as other letters pass a tenth of the length, so Chinese lines cost a few characters.
   */
  static boolean mostlyLatin(String phrase) {
    int latin = 0;
    int others = 0;
    for (int i = 0; i < phrase.length() && others * 10 <= phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (isLetter(c)) {
        latin += c < 0x250 ? 1 : 0;
        others += c < 0x250 ? 0 : 1;
      }
    }
    return latin > 0 && others * 10 <= latin + others;
  }

  /**
   * {@link Character#isLetter(char)}, answered without its tables for ASCII and for the CJK
   * ideographs of Unicode 1.1 (U+4E00 to U+9FA5, letters in every version since).
   */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return c >= 0x4E00 && c <= 0x9FA5 || Character.isLetter(c);
  }


  /** True when the words right around the phrase call it a book, a blog post, a product... */
  private static boolean calledOtherThanPaper(String text, int start, int end) {
    String before = text.substring(contextStart(text, start), start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, contextEnd(text, end)).toLowerCase(Locale.ROOT);
    return mayCall(before) && NOT_A_PAPER.matcher(before).find()
        || mayCall(after) && NOT_A_PAPER.matcher(after).find();
  }

  /** True when {@code context} holds one of NOT_A_PAPER's words: the pattern runs only then. */
  private static boolean mayCall(String context) {
    for (String word : NOT_A_PAPER_WORDS) {
      if (context.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The context's start: {@link #CONTEXT} chars back, not past its line's start. */
  private static int contextStart(String text, int offset) {
    for (int i = offset - 1; i >= Math.max(0, offset - CONTEXT); i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return Math.max(0, offset - CONTEXT);
  }

  /** The context's end: {@link #CONTEXT} chars on, not past its line's end. */
  private static int contextEnd(String text, int offset) {
    int limit = Math.min(text.length(), offset + CONTEXT);
    for (int i = offset; i < limit; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return limit;
  }
}
