package org.arxivenrich.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns an HTML document into its readable text (entities decoded, {@code script}/{@code style}
 * ignored, a line break around each block) and its links, with every character mapped back to the
 * line and column of the source it came from.
 *
 * <p>A {@code <time datetime="...">} element contributes its machine-readable {@code datetime}
 * instead of its display text, since that is the date the page states (issue #2). Bold text
 * ({@code <b>}, {@code <strong>}) outside links is wrapped in {@code **}, as in Markdown, so the
 * claim readers take it as a title the same way; {@code <cite>} and {@code <q>} are wrapped in
 * quotes. The structure ({@code li}, {@code tr} with its header, footnotes, link titles) is kept
 * as {@link Article.Block}s by {@link HtmlBlocks}.
 */
final class HtmlTextExtractor {
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template");
  private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr",
      "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
      "blockquote", "pre", "dt", "dd", "dl", "hr", "title", "figcaption", "aside", "nav", "main",
      "td", "th", "caption");
  /** Links that cannot point at a paper: in-page anchors, scripts, mail and phone. */
  private static final Pattern NOT_A_LINK =
      Pattern.compile("(?i)^(?:#.*|javascript:.*|mailto:.*|tel:.*|data:.*|)$");
  private static final Set<String> BOLD_TAGS = Set.of("b", "strong");
  private static final String BOLD = "**";
  private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]{1,10};?");
  /** Where the source's line breaks are the text's, as a browser shows them. */
  private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "plaintext", "xmp");
  private static final Set<String> ITALIC_TAGS = Set.of("em", "i");
  /** A sentence ending inside an italic run: emphasis, not a title. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\S");

  /** The extracted text, links and structure of one document. */
  record Extracted(SourceText text, List<Article.Link> links, List<Article.Block> blocks) {}

  Extracted extract(String html) {
    SourceText source = SourceText.plainMapped(html);
    Builder out = new Builder(html, source);
    Element root = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    HtmlBlocks blocks = new HtmlBlocks();
    walk(root, out, blocks);
    return new Extracted(out.build(), out.links, blocks.blocks());
  }

  /**
   * Bold text outside links may be a title, as Markdown's {@code **…**} is, so it is marked the
   * same way. A link's own anchor text is its claim already, so bold inside or around a link is
   * left unmarked, which keeps anchor texts as the page shows them.
   */
  private static boolean isBoldTitle(Element el) {
    return BOLD_TAGS.contains(el.normalName()) && el.closest("a") == null
        && el.selectFirst("a") == null && !el.text().isBlank()
        && el.select("*").stream().noneMatch(e -> BLOCKS.contains(e.normalName()));
  }

  /**
   * {@code <cite>} and {@code <q>} name a work or quote it: their text is wrapped in quotes, as
   * a browser shows {@code q}, so the claim readers take it as a quoted title (issue #8).
   */
  private static boolean isQuotedTitle(Element el) {
    return (el.normalName().equals("cite") || el.normalName().equals("q")
        || isItalicTitle(el))
        && el.closest("a") == null && !el.text().isBlank() && !el.text().startsWith("“");
  }

  /**
   * Titles of works are set in italics: an {@code em} or {@code i} of two words or more, with
   * no link and no sentence break inside, is read as a title the way {@code cite} is. A word
   * or two of emphasis ("<em>really</em>") or an italic sentence is not.
   */
  private static boolean isItalicTitle(Element el) {
    if (!ITALIC_TAGS.contains(el.normalName()) || el.selectFirst("a") != null) {
      return false;
    }
    String t = el.text().strip();
    return t.indexOf(' ') > 0 && !SENTENCE_BREAK.matcher(t).find()
        && el.select("*").stream().noneMatch(e -> BLOCKS.contains(e.normalName()));
  }

  private void walk(Node node, Builder out, HtmlBlocks blocks) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        out.appendText(text.getWholeText(), text.sourceRange().startPos(),
            out.preformatted == 0);
      } else if (child instanceof Element el && !SKIPPED.contains(el.normalName())) {
        element(el, out, blocks);
      }
    }
  }

  private void element(Element el, Builder out, HtmlBlocks blocks) {
    int pos = Math.max(0, el.sourceRange().startPos());
    boolean block = BLOCKS.contains(el.normalName());
    if (block) {
      out.newline(pos);
    }
    int start = out.length();
    boolean bold = isBoldTitle(el);
    boolean quoted = isQuotedTitle(el);
    if (bold) {
      out.appendSynthetic(BOLD, pos);
    } else if (quoted) {
      out.appendSynthetic("“", pos);
    }
    boolean pre = PREFORMATTED.contains(el.normalName());
    if (el.normalName().equals("time") && !el.attr("datetime").isBlank()) {
      out.appendSynthetic(el.attr("datetime").trim(), pos);
    } else {
      out.preformatted += pre ? 1 : 0;
      walk(el, out, blocks);
      out.preformatted -= pre ? 1 : 0;
    }
    blocks.add(el, start, out.length());
    if (bold) {
      out.appendSynthetic(BOLD, Math.max(pos, el.endSourceRange().startPos()));
    } else if (quoted) {
      out.appendSynthetic("”", Math.max(pos, el.endSourceRange().startPos()));
    }
    if (el.normalName().equals("a") && !NOT_A_LINK.matcher(el.attr("href").trim()).matches()) {
      out.link(el.attr("href").trim(), start);
    }
    if (block) {
      out.newline(Math.max(pos, el.endSourceRange().startPos()));
    }
  }

  /** Accumulates text with one source offset per char. */
  private static final class Builder {
    private final String html;
    private final SourceText source;
    private final StringBuilder text = new StringBuilder();
    /** The source offset of each char of {@code text}: an int array, not boxed (issue #13). */
    private int[] offsets = new int[1024];
    private final List<Article.Link> links = new ArrayList<>();
    /** How many preformatted elements enclose the text being appended. */
    private int preformatted;

    Builder(String html, SourceText source) {
      this.html = html;
      this.source = source;
    }

    int length() {
      return text.length();
    }

    /**
     * Appends decoded text, walking the raw source alongside to map through entities. Outside
     * {@code pre} ({@code collapse}) a source line break or tab is a space, as a browser shows
     * it: a paragraph is one line of text whatever the source's line breaks (issue #8), and only
     * blocks and {@code br} break lines. One char for one, so offsets stay mapped.
     */
    void appendText(String decoded, int rawStart, boolean collapse) {
      int raw = Math.max(0, rawStart);
      for (int i = 0; i < decoded.length(); i++) {
        char c = decoded.charAt(i);
        add(collapse && (c == '\n' || c == '\r' || c == '\t') ? ' ' : c,
            Math.min(raw, html.length()));
        raw = advance(raw, decoded.charAt(i));
      }
    }

    private int advance(int raw, char decoded) {
      if (raw >= html.length()) {
        return raw;
      }
      if (html.charAt(raw) == '&') {
        Matcher m = ENTITY.matcher(html).region(raw, Math.min(html.length(), raw + 12));
        if (m.lookingAt() && (m.group().endsWith(";") || decoded != '&')) {
          return m.end();
        }
      }
      return raw + 1;
    }

    void appendSynthetic(String value, int pos) {
      for (int i = 0; i < value.length(); i++) {
        add(value.charAt(i), pos);
      }
    }

    void newline(int pos) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
        add('\n', Math.min(pos, html.length()));
      }
    }

    void link(String href, int start) {
      String anchor = text.substring(start).strip();
      int first = start;
      while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      int offset = first < text.length() ? offsets[first] : offsetOrEnd(start);
      links.add(new Article.Link(href, anchor, source.lineAt(offset), source.columnAt(offset)));
    }

    private int offsetOrEnd(int index) {
      return index < text.length() ? offsets[index] : html.length();
    }

    private void add(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
    }

    SourceText build() {
      int n = text.length();
      int[] lines = new int[n + 1];
      int[] columns = new int[n + 1];
      for (int i = 0; i <= n; i++) {
        int offset = i < n ? offsets[i] : html.length();
        lines[i] = source.lineAt(offset);
        columns[i] = source.columnAt(offset);
      }
      return SourceText.mapped(text.toString(), lines, columns);
    }
  }
}
