package org.arxivenrich.mention;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
  static final String[] TITLE_LABELS = {"论文名称", "論文名稱", "论文标题", "論文標題",
      "论文题目", "論文題目", "标题", "標題", "题目", "題目", "论文", "論文", "技术报告", "技術報告",
      "Title", "Paper title"};
  private static final String[] DATE_LABELS = {"发布时间", "發佈時間", "發布時間", "发表时间",
      "發表時間", "发布日期", "發布日期", "發佈日期", "发表日期", "發表日期", "提交时间", "提交時間",
      "日期", "时间", "時間", "Date", "Published", "Publication date"};
  static final Pattern TITLE_FIELD = field(TITLE_LABELS);
  static final Pattern DATE_FIELD = field(DATE_LABELS);
  private static final int NAME_WINDOW = 80;
  /** Units that speak of one paper throughout, so a title anywhere before the hit is its. */
  private static final Set<String> WHOLE_UNITS = Set.of("li", "dd", "dt", "footnote");
  private static final int LABEL_MAX = 60;

  private static Pattern field(String[] labels) {
    return Pattern.compile(LABEL_OPEN + String.join("|", labels) + LABEL_CLOSE);
  }

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
  private final LabelledFields<String> titleFields;
  private final LabelledFields<ClaimedDate> dateFields;
  private final DateReader dates = new DateReader();
  private final ProseClaims prose;
  private final MarkedTitles marked;
  private final NeighbourSentences neighbours;
  private final boolean fieldRecords;

  /** {@code hits} sorted by start; claims never reach back across {@code referencesStart}. */
  ClaimReader(String text, List<Hit> hits, int referencesStart, Units units) {
    this.text = text;
    this.hits = hits;
    this.referencesStart = referencesStart;
    this.units = units;
    this.lines = new TextLines(text);
    LineStarts lineStarts = new LineStarts(text);
    this.titleFields = new LabelledFields<>(text, lineStarts, TITLE_FIELD, TITLE_LABELS,
        TitleReader::clean);
    this.dateFields = new LabelledFields<>(text, lineStarts, DATE_FIELD, DATE_LABELS,
        dates::first);
    this.prose = new ProseClaims(text, lines, dates);
    this.marked = new MarkedTitles(text);
    this.neighbours = new NeighbourSentences(text, lines, units, dates, marked);
    this.fieldRecords = units.any(FieldRecords.KIND);
  }

  Claim read(int index) {
    Hit hit = hits.get(index);
    List<Unit> around = units.around(hit.start());
    Scope scope = scope(index, around);
    Optional<Sourced<String>> title = structural(around, Unit::title)
        .or(() -> title(hit, scope)).or(() -> unitTitle(hit, around, scope))
        .or(() -> proseTitle(hit, scope))
        .or(() -> NeighbourSentences.referenced(around).flatMap(neighbours::citingTitle));
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

  /** The hit's scope; labelled fields after the previous hit's {@link FieldRecords} record. */
  private Scope scope(int index, List<Unit> around) {
    Scope s = ClaimScope.of(index, hits, around, referencesStart, lines, text.length(), units);
    return fieldRecords ? ClaimScope.pastFieldRecord(s, index, hits, units) : s;
  }

  private Optional<Sourced<ClaimedDate>> date(Hit hit, List<Unit> around, Scope scope) {
    return structural(around, Unit::date)
        .or(() -> date(hit, scope)).or(() -> Sourced.of("sentence", prose.parenthesizedYear(hit)))
        .or(() -> proseDate(hit, scope))
        .or(() -> Sourced.of("sentence", prose.sentenceDate(hit, scope)))
        .or(() -> neighbours.date(hit, scope))
        .or(() -> NeighbourSentences.referenced(around).flatMap(neighbours::citingDate));
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
    return titleFields.last(s.block(), line)
        .or(() -> Sourced.of("link_text", hit.anchorTitle().flatMap(TitleReader::clean)))
        .or(() -> Sourced.of("label", TitleReader.label(linePrefix(hit.start()))))
        .or(() -> Sourced.of("line", prose.linePrefixTitle(hit, s)))
        .or(() -> Sourced.of("sentence", sentenceTitle(hit, s.sentenceStart(), s.sentenceEnd(),
            !s.entry())))
        .or(() -> s.entry() ? Sourced.of("reference_entry",
            entryTitle(hit, s.sentenceStart(), s.sentenceEnd())) : Optional.empty())
        .or(() -> Sourced.of("lines_before", marked.lastBook(s.lookback(), line)))
        .or(() -> Sourced.of("lines_before", marked.lastNamedPaper(s.lookback(), line)))
        .or(() -> Sourced.of("lines_before", prose.lineBeforeTitle(hit, s)))
        .or(() -> Sourced.of("description", SubjectReader.nearest(text, s.lookback(), line)));
  }

  private Optional<Sourced<ClaimedDate>> date(Hit hit, Scope s) {
    return dateFields.last(s.block(), lines.lineStart(hit.start()))
        .or(() -> Sourced.of("sentence", dates.lastIn(text, s.sentenceStart(), hit.start())))
        .or(() -> Sourced.of("sentence", dates.firstIn(text, hit.end(), s.sentenceEnd())))
        .or(() -> Sourced.of("lines_before",
            dates.lastIn(text, s.lookback(), lines.lineStart(hit.start()))))
        .or(() -> s.entry() ? Sourced.of("reference_entry",
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
      Optional<String> t = marked.lastBook(from, hit.start())
          .or(() -> marked.lastQuotedOrBold(from, hit.start()));
      if (t.isPresent() || u.closed()) {
        return Sourced.of(u.kind(), t);
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
    return Sourced.of("sentence", marked.lastBook(from, hit.start())
        .or(() -> marked.lastQuotedOrBold(from, hit.start()))
        .or(() -> prose.beforeParenthesisTitle(hit, s)).or(() -> prose.quotedAfterTitle(hit, s))
        .or(() -> prose.appositiveTitle(hit, s)));
  }

  /** A date after the hit in its prose sentence, across line breaks, up to the next hit's line. */
  private Optional<Sourced<ClaimedDate>> proseDate(Hit hit, Scope s) {
    int nextLine = lines.lineStart(s.next());
    int to = lines.proseEnd(hit.end(), nextLine > hit.end() ? nextLine : s.unitEnd());
    return s.inUnit()
        ? Sourced.of("sentence", dates.firstIn(text, hit.end(), Math.min(to, s.unitEnd())))
        : Optional.empty();
  }

  private Optional<String> sentenceTitle(Hit hit, int from, int to, boolean names) {
    int nameFrom = Math.max(from, hit.start() - NAME_WINDOW);
    return marked.lastBook(from, hit.start())
        .or(() -> marked.firstBook(hit.end(), to))
        .or(() -> marked.lastQuotedOrBold(from, hit.start()))
        .or(() -> marked.firstQuotedOrBold(hit.end(), to))
        .or(() -> names ? TitleReader.nameBefore(text, nameFrom, hit.start()) : Optional.empty());
  }

  /** "Authors. Title. Venue" before the link, or a title written right after it. */
  private Optional<String> entryTitle(Hit hit, int from, int to) {
    return EntryTitle.read(text.substring(from, hit.start()))
        .or(() -> TitleReader.trailingTitle(text.substring(hit.end(), to)));
  }

  /** The text from the line's start to {@code offset}, or "..." when the prefix is long. */
  private String linePrefix(int offset) {
    int start = lines.lineStart(offset);
    return offset - start > LABEL_MAX ? "..." : text.substring(start, offset);
  }
}
