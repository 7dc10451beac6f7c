package org.arxivenrich.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the articles in an input folder and decodes each one: encoding detection (UTF-8 with or
 * without BOM, GB18030/GBK, Big5), plain text and Markdown as they are, HTML to text and links.
 */
public final class ArticleReader {
  /** Above this share of undecodable characters a file is not text in any encoding we know. */
  private static final double UNDECODABLE = 0.05;
  private static final Pattern HTML_START =
      Pattern.compile("(?is)\\A\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body)");

  private final Path root;
  private final TextDecoder decoder = new TextDecoder();

  public ArticleReader(Path root) {
    this.root = root;
  }

  /**
   * The files to read, under the input folder as given, sorted by relative path; hidden files and
   * a top-level README.md are not articles. An input folder that is a symbolic link is followed
   * ({@link Files#walk} alone would see the link as one non-file and list nothing); links to
   * folders inside it are not, so a link cannot make the walk loop.
   */
  public List<Path> list() throws IOException {
    Path real = root.toRealPath();
    try (Stream<Path> files = Files.walk(real)) {
      return files.filter(Files::isRegularFile)
          .map(p -> root.resolve(real.relativize(p)))
          .filter(p -> isArticle(root.relativize(p).toString().replace('\\', '/')))
          .sorted()
          .toList();
    }
  }

  /**
   * True when the file at {@code rel} (relative to the input folder, {@code /} separators) is an
   * article: hidden files and a top-level README.md are not. The Spark job lists with this too.
   */
  public static boolean isArticle(String rel) {
    if (rel.equalsIgnoreCase("README.md")) {
      return false;
    }
    for (String part : rel.split("/")) {
      if (part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /** Reads one file; never throws for a bad file, whose reason is in {@link ReadResult.Skipped}. */
  public ReadResult read(Path file) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return new ReadResult.Skipped(rel, "cannot read: " + e);
    }
    return read(rel, bytes);
  }

  /**
   * Reads one file's bytes; {@code rel} is its path relative to the input folder (or, for a
   * crawl record, its URI). Uses no file system, so Spark executors call it on bytes they hold.
   */
  public ReadResult read(String rel, byte[] bytes) {
    String binary = BinarySniffer.reason(bytes);
    if (binary != null) {
      return new ReadResult.Skipped(rel, binary);
    }
    int nuls = TextDecoder.hasUtf16Bom(bytes) ? 0 : ByteScan.zeros(bytes);
    TextDecoder.Decoded decoded = decoder.decode(nuls == 0 ? bytes : withoutNuls(bytes, nuls));
    String text = decoded.text();
    if (text.isBlank()) {
      return new ReadResult.Skipped(rel, "no text (empty or whitespace only)");
    }
    if (decoded.malformed() > UNDECODABLE * text.length()) {
      return new ReadResult.Skipped(rel, String.format(
          "undecodable: %d of %d characters invalid even as %s", decoded.malformed(),
          text.length(), decoded.charset().name()));
    }
    return new ReadResult.Read(article(rel, decoded, isHtml(rel, text), nuls));
  }

  /**
   * The bytes without their NULs: in UTF-8, GB18030 and Big5 a 0 byte is never part of another
   * character, so dropping it before decoding drops exactly the NUL characters.
   */
  private static byte[] withoutNuls(byte[] bytes, int nuls) {
    byte[] kept = new byte[bytes.length - nuls];
    int n = 0;
    for (byte b : bytes) {
      if (b != 0) {
        kept[n++] = b;
      }
    }
    return kept;
  }

  private Article article(String rel, TextDecoder.Decoded decoded, boolean html, int nuls) {
    String charset = decoded.charset().name();
    List<String> problems = new ArrayList<>();
    SourceText source;
    List<Article.Link> links = List.of();
    List<Article.Block> blocks = List.of();
    if (html) {
      HtmlTextExtractor.Extracted extracted = new HtmlTextExtractor().extract(decoded.text());
      source = extracted.text();
      links = extracted.links();
      blocks = extracted.blocks();
    } else {
      source = SourceText.plain(decoded.text());
    }
    if (nuls > 0) {
      problems.add(nuls + " NUL byte(s) dropped; columns after them are counted without them");
    }
    if (decoded.malformed() > 0) {
      problems.add(malformedProblem(decoded, charset));
    }
    return new Article(rel, charset, source, links, problems, blocks);
  }

  private static String malformedProblem(TextDecoder.Decoded decoded, String charset) {
    SourceText plain = SourceText.plain(decoded.text());
    int at = decoded.text().indexOf('\uFFFD');
    return String.format("%d invalid byte sequence(s) as %s replaced with U+FFFD, first at %d:%d",
        decoded.malformed(), charset, plain.lineAt(at), plain.columnAt(at));
  }

  private static boolean isHtml(String rel, String text) {
    String name = rel.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
      return false;
    }
    return HTML_START.matcher(text.substring(0, Math.min(text.length(), 4096))).find();
  }
}
