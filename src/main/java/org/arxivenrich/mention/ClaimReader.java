package org.arxivenrich.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the title and date an article claims for each of its hits. The structure comes first
 * (issue #8): a claim the hit's unit states by its structure (a column headed Title, a BibTeX
 * {@code year}, a link definition's title) wins. Otherwise the text inside the unit is read, in
 * the order a careful reader would: a labelled field ({@code 论文名称:《…》}, {@code 发布时间:…})
 * since the previous hit; the link's own text or label ({@code GPT-4論文鏈接:}); the hit's own
 * sentence (titles in 《》, quotes, bold, a name just before it; the nearest date); for a link
 * alone on its line, the few lines before it (a title in 《》, a name before 論文, else the
 * subject of the nearest description line); then the rest of its list item or paragraph, the
 * neighbouring sentence, and for a footnote the sentence that cites it. A closed unit (a table
 * row, an entry) is never read across. Claims are read, never corrected.
 */
final class ClaimReader {
  private static final String LABEL_OPEN = "(?m)^[ \\t]*(?:[-*•][ \\t]*)?(?:\\*\\*)?(";
  private static final String LABEL_CLOSE = ")(?:\\*\\*)?[ \\t]*[:：][ \\t]*(\\S.*)$";
  static final Pattern TITLE_FIELD = Pattern.compile(LABEL_OPEN
      + "论文名称|論文名稱|论文标题|論文標題|论文题目|論文題目|标题|標題|题目|題目"
      + "|Title|Paper title" + LABEL_CLOSE);
  private static final Pattern DATE_FIELD = Pattern.compile(LABEL_OPEN
      + "发布时间|發佈時間|發布時間|发表时间|發表時間|发布日期|發布日期|發佈日期|发表日期"
      + "|發表日期|提交时间|提交時間|日期|时间|時間|Date|Published|Publication date" + LABEL_CLOSE);
  /** What may open a field's line before its label, and the first chars of the labels. */
  private static final String LABEL_SKIPPED = " \t-*•";
  private static final String TITLE_FIRSTS = "论論标標题題TP";
  private static final String DATE_FIRSTS = "发發提日时時DP";
  private static final int NAME_WINDOW = 80;
  /** Units that speak of one paper throughout, so a title anywhere before the hit is its. */
  private static final Set<String> WHOLE_UNITS = Set.of("li", "dd", "dt", "footnote");
  /** Words by which a neighbouring sentence speaks of the paper just named. */
  private static final Pattern REFERRING = Pattern.compile("(?i)\\b(?:it|this|the paper"
      + "|that paper|published|released|came out|appeared|posted|submitted|dated)\\b"
      + "|该论文|這篇|这篇|該論文|它|发布|發佈|發布|发表|發表|提交");
  private static final int LABEL_MAX = 60;

  /** The claims for one hit, either may be absent, and where they were read. */
  record Claim(Optional<String> title, Optional<ClaimedDate> date, Optional<String> source) {
    static Claim none() {
      return new Claim(Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Claim of(Optional<Sourced<String>> title, Optional<Sourced<ClaimedDate>> date) {
      String source = title.map(t -> "title=" + t.source()).orElse("")
          + (title.isPresent() && date.isPresent() ? "; " : "")
          + date.map(d -> "date=" + d.source()).orElse("");
      return new Claim(title.map(Sourced::value), date.map(Sourced::value),
          Optional.of(source).filter(s -> !s.isEmpty()));
    }
  }

  private final String text;
  private final List<Hit> hits;
  private final int referencesStart;
  private final Units units;
  private final TextLines lines;
  /** Where the labelled fields' {@code (?m)^} can match. */
  private final LineStarts lineStarts;
  private final DateReader dates = new DateReader();
  private final boolean fieldBlocks;

  /** {@code hits} sorted by start; claims never reach back across {@code referencesStart}. */
  ClaimReader(String text, List<Hit> hits, int referencesStart, Units units) {
    this.text = text;
    this.hits = hits;
    this.referencesStart = referencesStart;
    this.units = units;
    this.lines = new TextLines(text);
    this.lineStarts = new LineStarts(text);
    this.fieldBlocks = units.any(FieldBlocks.KIND);
  }

  Claim read(int index) {
    Hit hit = hits.get(index);
    List<Unit> around = units.around(hit.start());
    Scope scope = scope(index, around);
    Optional<Sourced<String>> title = structural(around, Unit::title)
        .or(() -> title(hit, scope)).or(() -> unitTitle(hit, around, scope))
        .or(() -> proseTitle(hit, scope))
        .or(() -> referenced(around).flatMap(this::citingTitle));
    return Claim.of(title, date(hit, around, scope));
  }

  /**
   * The date claimed for one hit, and where it was read, alone: a title named without a link
   * (issue #11) is its own title.
   */
  Optional<Sourced<ClaimedDate>> readDate(int index) {
    Hit hit = hits.get(index);
    List<Unit> around = units.around(hit.start());
    return date(hit, around, scope(index, around));
  }

  /** The hit's scope; labelled fields after the previous hit's {@link FieldBlocks} block. */
  private Scope scope(int index, List<Unit> around) {
    Scope s = ClaimScope.of(index, hits, around, referencesStart, lines, text.length());
    if (index == 0 || !fieldBlocks) {
      return s;
    }
    int start = hits.get(index).start();
    for (Unit u : units.around(hits.get(index - 1).start())) {
      if (u.kind().equals(FieldBlocks.KIND) && u.end() > s.block() && u.end() <= start) {
        return s.withBlock(u.end());
      }
    }
    return s;
  }

  private Optional<Sourced<ClaimedDate>> date(Hit hit, List<Unit> around, Scope scope) {
    return structural(around, Unit::date)
        .or(() -> date(hit, scope)).or(() -> neighbourDate(hit, scope))
        .or(() -> referenced(around).flatMap(this::citingDate));
  }

  /** The innermost claim the units' structure states, not looking beyond a closed unit. */
  private static <T> Optional<Sourced<T>> structural(List<Unit> around,
      Function<Unit, Optional<Sourced<T>>> claim) {
    for (Unit u : around) {
      Optional<Sourced<T>> c = claim.apply(u);
      if (c.isPresent() || u.closed()) {
        return c;
      }
    }
    return Optional.empty();
  }

  private Optional<Sourced<String>> title(Hit hit, Scope s) {
    int line = lines.lineStart(hit.start());
    return labelled(TITLE_FIELD, TITLE_FIRSTS, s.block(), hit.start(), TitleReader::clean)
        .or(() -> src("link_text", hit.anchorTitle().flatMap(TitleReader::clean)))
        .or(() -> src("label", TitleReader.label(linePrefix(hit.start()))))
        .or(() -> src("sentence", sentenceTitle(hit, s.sentenceStart(), s.sentenceEnd(),
            !s.entry())))
        .or(() -> s.entry() ? src("reference_entry",
            entryTitle(hit, s.sentenceStart(), s.sentenceEnd())) : Optional.empty())
        .or(() -> src("lines_before", TitleReader.lastBook(text, s.lookback(), line)))
        .or(() -> src("lines_before", TitleReader.lastNamedPaper(text, s.lookback(), line)))
        .or(() -> src("description", SubjectReader.nearest(text, s.lookback(), line)));
  }

  private Optional<Sourced<ClaimedDate>> date(Hit hit, Scope s) {
    return labelled(DATE_FIELD, DATE_FIRSTS, s.block(), hit.start(), dates::first)
        .or(() -> src("sentence", lastDate(s.sentenceStart(), hit.start())))
        .or(() -> src("sentence", firstDate(hit.end(), s.sentenceEnd())))
        .or(() -> src("lines_before", lastDate(s.lookback(), lines.lineStart(hit.start()))))
        .or(() -> s.entry() ? src("reference_entry",
            dates.bareYear(text, s.sentenceStart(), s.sentenceEnd())) : Optional.empty());
  }

  /**
   * A title in 《》, quotes or bold earlier in the hit's list item, definition or row: there the
   * whole unit speaks of one paper. A paragraph's other sentences may speak of anything.
   */
  private Optional<Sourced<String>> unitTitle(Hit hit, List<Unit> around, Scope s) {
    for (Unit u : around) {
      if (!WHOLE_UNITS.contains(u.kind()) && !u.closed()) {
        continue;
      }
      int from = Math.max(u.start(), s.floor());
      Optional<String> t = TitleReader.lastBook(text, from, hit.start())
          .or(() -> TitleReader.lastQuotedOrBold(text, from, hit.start()));
      if (t.isPresent() || u.closed()) {
        return src(u.kind(), t);
      }
    }
    return Optional.empty();
  }

  /**
   * A quoted title on the line before a link in parentheses, in the same prose sentence of a
   * paragraph: a line break inside a paragraph does not end a sentence.
   */
  private Optional<Sourced<String>> proseTitle(Hit hit, Scope s) {
    if (!s.inUnit()) {
      return Optional.empty();
    }
    int from = Math.max(s.floor(), lines.proseStart(hit.start(), s.floor()));
    return src("sentence", TitleReader.lastBook(text, from, hit.start())
        .or(() -> TitleReader.lastQuotedOrBold(text, from, hit.start())));
  }

  /**
   * "It came out in June 2023.": a date in the next prose sentence of the hit's unit, else the
   * previous one, when that sentence speaks of the paper ({@link #REFERRING}) and holds no
   * other hit.
   */
  private Optional<Sourced<ClaimedDate>> neighbourDate(Hit hit, Scope s) {
    if (!s.inUnit()) {
      return Optional.empty();
    }
    int nextFrom = lines.proseEnd(hit.end(), s.unitEnd());
    int nextTo = lines.proseEnd(nextFrom, s.unitEnd());
    int prevTo = lines.proseStart(hit.start(), s.floor());
    int prevFrom = lines.proseStart(Math.max(0, prevTo - 1), 0);
    return src("next_sentence", nextTo <= s.next() && refers(nextFrom, nextTo)
            ? firstDate(nextFrom, nextTo) : Optional.empty())
        .or(() -> src("previous_sentence", prevFrom >= s.floor() && refers(prevFrom, prevTo)
            ? lastDate(prevFrom, prevTo) : Optional.empty()));
  }

  private boolean refers(int from, int to) {
    return from < to && REFERRING.matcher(text).region(from, to).find();
  }

  private static Optional<Unit> referenced(List<Unit> around) {
    for (Unit u : around) {
      if (u.referencedAt().isPresent()) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /** The title the sentence citing a footnote gives, before its marker. */
  private Optional<Sourced<String>> citingTitle(Unit footnote) {
    int at = footnote.referencedAt().getAsInt();
    int from = lines.sentenceStart(at);
    return src("footnote_ref", TitleReader.lastBook(text, from, at)
        .or(() -> TitleReader.lastQuotedOrBold(text, from, at))
        .or(() -> TitleReader.nameBefore(text, Math.max(from, at - NAME_WINDOW), at)));
  }

  private Optional<Sourced<ClaimedDate>> citingDate(Unit footnote) {
    int at = footnote.referencedAt().getAsInt();
    return src("footnote_ref", lastDate(lines.sentenceStart(at), at)
        .or(() -> firstDate(at, lines.sentenceEnd(at))));
  }

  private static <T> Optional<Sourced<T>> src(String source, Optional<T> value) {
    return value.map(v -> new Sourced<>(v, source));
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
   * The last labelled field before the hit's line, read by {@code value}; source its label. The
   * field patterns open with {@code (?m)^}: they are tried only at the block's start and its line
   * starts, and only where the line opens with one of {@code firsts}, the labels' first chars
   * (issue #13: searching the block at every char, once per mention, was a tenth of the time).
   */
  private <T> Optional<Sourced<T>> labelled(Pattern field, String firsts, int from, int to,
      Function<String, Optional<T>> value) {
    int end = lines.lineStart(to);
    Matcher m = field.matcher(text);
    String label = null;
    String found = null;
    int at = from;
    while (at >= 0 && at < end) {
      if (LineStarts.opensWith(text, at, LABEL_SKIPPED, firsts)
          && m.region(at, end).lookingAt()) {
        label = m.group(1);
        found = m.group(2);
        at = lineStarts.next(m.end() - 1); // the search goes on after the match
      } else {
        at = lineStarts.next(at);
      }
    }
    return found == null ? Optional.empty() : src("field:" + label, value.apply(found));
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

  /** The text from the line's start to {@code offset}, or "..." when the prefix is long. */
  private String linePrefix(int offset) {
    int start = lines.lineStart(offset);
    return offset - start > LABEL_MAX ? "..." : text.substring(start, offset);
  }
}
