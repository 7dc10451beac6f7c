package org.arxivenrich.mention;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads the title and date an article claims for each of its hits, from the text around it, in
 * the order a careful reader would: a structured block ({@code 论文名称:《…》}, {@code 发布时间:…})
 * since the previous hit; then the link's own text or label ({@code GPT-4論文鏈接:}); then the
 * hit's own sentence (titles in 《》, quotes, bold, a name just before it; the nearest date); and
 * for a link alone on its line, the few lines before it, back to the line after the previous hit
 * (a title in 《》, a name before 論文, else the subject of the nearest description line).
 * In the reference list an entry's line is read whole, "Authors. Title. Venue, year." included.
 * Claims are read, never corrected: a wrong date in the text is the claim.
 */
final class ClaimReader {
  static final Pattern TITLE_FIELD = Pattern.compile("(?m)^[ \\t]*(?:[-*•][ \\t]*)?"
      + "(?:\\*\\*)?(?:论文名称|論文名稱|论文标题|論文標題|论文题目|論文題目|标题|標題|题目|題目"
      + "|Title|Paper title)(?:\\*\\*)?[ \\t]*[:：][ \\t]*(\\S.*)$");
  private static final Pattern DATE_FIELD = Pattern.compile("(?m)^[ \\t]*(?:[-*•][ \\t]*)?"
      + "(?:\\*\\*)?(?:发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發布日期|發佈日期|发表日期"
      + "|發表日期|提交时间|提交時間|日期|时间|時間|Date|Published|Publication date)(?:\\*\\*)?"
      + "[ \\t]*[:：][ \\t]*(\\S.*)$");
  /** Ends of sentences: CJK and Latin terminators, and line breaks. */
  private static final String TERMINATORS = "。！？!?；;\n";
  private static final int LOOKBACK_LINES = 3;
  /** A structured block (title field to link) spans up to 14 lines in the articles seen. */
  private static final int BLOCK_LINES = 20;
  private static final int NAME_WINDOW = 80;
  /** Bounds on how far claims are looked for, so text without punctuation stays linear. */
  private static final int SENTENCE_MAX = 400;
  private static final int LABEL_MAX = 60;

  /** The claims for one hit; either may be absent. */
  record Claim(Optional<String> title, Optional<ClaimedDate> date) {}

  private final String text;
  private final List<Hit> hits;
  private final int referencesStart;
  /** Offsets of the line breaks: lines are found by binary search, linear even in huge texts. */
  private final int[] breaks;
  private final DateReader dates = new DateReader();

  /** {@code hits} sorted by start; claims never reach back across {@code referencesStart}. */
  ClaimReader(String text, List<Hit> hits, int referencesStart) {
    this.text = text;
    this.hits = hits;
    this.referencesStart = referencesStart;
    this.breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
  }

  /** Where the claims for one hit may come from: offsets into the text. */
  private record Scope(int sentenceStart, int sentenceEnd, int block, int lookback,
      boolean entry) {}

  Claim read(int index) {
    Hit hit = hits.get(index);
    Scope scope = scope(index);
    return new Claim(title(hit, scope), date(hit, scope));
  }

  /** The date claimed for one hit, alone: a title named without a link is its own title. */
  Optional<ClaimedDate> readDate(int index) {
    return date(hits.get(index), scope(index));
  }

  private Scope scope(int index) {
    Hit hit = hits.get(index);
    int floor = floor(index);
    boolean entry = hit.start() >= referencesStart;
    int start = Math.max(floor, entry ? entryStart(hit.start()) : sentenceStart(hit.start()));
    int end = Math.min(nextStart(index), entry ? lineEnd(hit.end()) : sentenceEnd(hit.end()));
    int lookback = aloneOnLine(hit)
        ? Math.max(lineAfter(floor), linesBack(hit.start(), LOOKBACK_LINES)) : hit.start();
    int block = Math.max(floor, linesBack(hit.start(), BLOCK_LINES));
    return new Scope(start, end, block, lookback, entry);
  }

  private Optional<String> title(Hit hit, Scope s) {
    int line = lineStart(hit.start());
    return field(TITLE_FIELD, s.block, hit.start()).flatMap(TitleReader::clean)
        .or(() -> hit.anchorTitle().flatMap(TitleReader::clean))
        .or(() -> TitleReader.label(linePrefix(hit.start())))
        .or(() -> sentenceTitle(hit, s.sentenceStart, s.sentenceEnd, !s.entry))
        .or(() -> s.entry ? entryTitle(hit, s.sentenceStart, s.sentenceEnd) : Optional.empty())
        .or(() -> TitleReader.lastBook(text, s.lookback, line))
        .or(() -> TitleReader.lastNamedPaper(text, s.lookback, line))
        .or(() -> SubjectReader.nearest(text, s.lookback, line));
  }

  private Optional<ClaimedDate> date(Hit hit, Scope s) {
    return field(DATE_FIELD, s.block, hit.start()).flatMap(dates::first)
        .or(() -> lastDate(s.sentenceStart, hit.start()))
        .or(() -> firstDate(hit.end(), s.sentenceEnd))
        .or(() -> lastDate(s.lookback, lineStart(hit.start())))
        .or(() -> s.entry ? dates.bareYear(text, s.sentenceStart, s.sentenceEnd)
            : Optional.empty());
  }

  private Optional<String> sentenceTitle(Hit hit, int from, int to, boolean names) {
    int nameFrom = Math.max(from, hit.start() - NAME_WINDOW);
    return TitleReader.lastBook(text, from, hit.start())
        .or(() -> TitleReader.firstBook(text, hit.end(), to))
        .or(() -> TitleReader.lastQuotedOrBold(text, from, hit.start()))
        .or(() -> TitleReader.firstQuotedOrBold(text, hit.end(), to))
        .or(() -> names ? TitleReader.nameBefore(text, nameFrom, hit.start()) : Optional.empty());
  }

  /** "Authors. Title. Venue" before the link, or a title written right after it. */
  private Optional<String> entryTitle(Hit hit, int from, int to) {
    return TitleReader.referenceTitle(text.substring(from, hit.start()))
        .or(() -> TitleReader.trailingTitle(text.substring(hit.end(), to)));
  }

  /**
   * A reference-list entry is read as one unit: its line, since "Authors. Title. Venue, 2017."
   * is full of full stops that do not end the claims.
   */
  private int entryStart(int offset) {
    return Math.max(lineStart(offset), offset - SENTENCE_MAX);
  }

  /** Claims for a hit come from after the previous hit (other than one at the same place). */
  private int floor(int index) {
    Hit hit = hits.get(index);
    int floor = hit.start() >= referencesStart ? referencesStart : 0;
    for (int i = index - 1; i >= 0; i--) {
      if (hits.get(i).start() < hit.start()) {
        return Math.max(floor, Math.min(hits.get(i).end(), hit.start()));
      }
    }
    return floor;
  }

  private int nextStart(int index) {
    Hit hit = hits.get(index);
    for (int i = index + 1; i < hits.size(); i++) {
      if (hits.get(i).start() > hit.start()) {
        return Math.max(hit.end(), hits.get(i).start());
      }
    }
    return text.length();
  }

  private Optional<String> field(Pattern field, int from, int to) {
    int end = lineStart(to);
    if (from >= end) {
      return Optional.empty();
    }
    Matcher m = field.matcher(text).region(from, end);
    String value = null;
    while (m.find()) {
      value = m.group(1);
    }
    return Optional.ofNullable(value);
  }

  private Optional<ClaimedDate> lastDate(int from, int to) {
    if (from >= to) {
      return Optional.empty();
    }
    List<DateReader.Found> found = dates.find(text, from, to);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).date());
  }

  private Optional<ClaimedDate> firstDate(int from, int to) {
    return from >= to ? Optional.empty()
        : dates.find(text, from, to).stream().findFirst().map(DateReader.Found::date);
  }

  /** A link that has its line to itself, apart from a short label before it. */
  private boolean aloneOnLine(Hit hit) {
    String before = linePrefix(hit.start());
    String after = text.substring(hit.end(), Math.min(lineEnd(hit.end()), hit.end() + 8)).strip();
    return before.length() <= 40 && before.chars().noneMatch(c -> TERMINATORS.indexOf(c) >= 0)
        && after.length() <= 3;
  }

  /** The text from the line's start to {@code offset}, or "..." when the prefix is long. */
  private String linePrefix(int offset) {
    int start = lineStart(offset);
    return offset - start > LABEL_MAX ? "..." : text.substring(start, offset);
  }

  /** The start of the line holding {@code offset} (a line break belongs to its line). */
  private int lineStart(int offset) {
    int i = Arrays.binarySearch(breaks, offset - 1);
    int before = i >= 0 ? i : -i - 2; // the last break before offset, or -1
    return before < 0 ? 0 : breaks[before] + 1;
  }

  private int lineEnd(int offset) {
    int i = Arrays.binarySearch(breaks, offset);
    int at = i >= 0 ? i : -i - 1; // the first break at or after offset
    return at < breaks.length ? breaks[at] : text.length();
  }

  /** Where the line after the one holding {@code offset} starts; 0 for the text's start. */
  private int lineAfter(int offset) {
    return offset == 0 ? 0 : Math.min(text.length(), lineEnd(offset) + 1);
  }

  private int linesBack(int offset, int lines) {
    int start = lineStart(offset);
    for (int i = 0; i < lines && start > 0; i++) {
      start = lineStart(start - 1);
    }
    return start;
  }

  private int sentenceStart(int offset) {
    int limit = Math.max(0, offset - SENTENCE_MAX);
    for (int i = offset - 1; i >= limit; i--) {
      if (TERMINATORS.indexOf(text.charAt(i)) >= 0 || isLatinStop(i)) {
        return i + 1;
      }
    }
    return limit;
  }

  private int sentenceEnd(int offset) {
    int limit = Math.min(text.length(), offset + SENTENCE_MAX);
    for (int i = offset; i < limit; i++) {
      if (TERMINATORS.indexOf(text.charAt(i)) >= 0 || isLatinStop(i)) {
        return i;
      }
    }
    return limit;
  }

  /** A full stop followed by a space ends an English sentence. */
  private boolean isLatinStop(int i) {
    return text.charAt(i) == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
  }
}
