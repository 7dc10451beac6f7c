package org.arxivenrich.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a benchmark corpus: articles of about 40 KB stitched from the lines of the seed articles,
 * with fresh arXiv IDs, a share of them in GB18030 and Big5 and as HTML. Seeded, so every run
 * writes the same corpus.
 */
final class CorpusGenerator {
  private static final int ARTICLE_BYTES = 40 * 1024;
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

  private final List<String> lines;
  private final Random random = new Random(20240401L);

  CorpusGenerator(Path seeds) throws IOException {
    lines = new ArrayList<>();
    try (var files = Files.list(seeds)) {
      for (Path p : files.sorted().toList()) {
        lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
  }

  /** Writes articles into {@code dir} until they hold {@code totalBytes}; returns the count. */
  int write(Path dir, long totalBytes) throws IOException {
    Files.createDirectories(dir);
    long written = 0;
    int n = 0;
    while (written < totalBytes) {
      int kind = n % 10;
      String name = String.format("%06d.%s", n, kind == 9 ? "html" : "txt");
      String text = kind == 9 ? html(article()) : article();
      byte[] bytes = text.getBytes(kind == 7 ? GB18030 : kind == 8 ? BIG5 : StandardCharsets.UTF_8);
      Files.write(dir.resolve(String.format("%03d", n / 1000)).resolve(name), bytes);
      written += bytes.length;
      n++;
      if (n % 1000 == 0) {
        Files.createDirectories(dir.resolve(String.format("%03d", n / 1000)));
      }
    }
    return n;
  }

  private String article() {
    StringBuilder s = new StringBuilder(ARTICLE_BYTES);
    while (s.length() * 2 < ARTICLE_BYTES) {
      String line = lines.get(random.nextInt(lines.size()));
      s.append(line.replaceAll("\\d{4}\\.\\d{5}", freshId())).append('\n');
    }
    return s.toString();
  }

  private String freshId() {
    return String.format("%02d%02d.%05d", 15 + random.nextInt(10), 1 + random.nextInt(12),
        1 + random.nextInt(99998));
  }

  private static String html(String text) {
    String body = text.replace("&", "&amp;").replace("<", "&lt;")
        .replaceAll("(https://arxiv\\.org/\\S+?)(?=[\\s，。]|$)", "<a href=\"$1\">$1</a>")
        .replace("\n", "</p>\n<p>");
    return "<!DOCTYPE html><html><head><style>p{}</style></head><body><p>" + body
        + "</p></body></html>\n";
  }
}
