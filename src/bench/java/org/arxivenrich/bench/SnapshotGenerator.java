package org.arxivenrich.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic arXiv metadata snapshot in the real Kaggle format (keys in the real order,
 * RFC 1123 version dates, {@code update_date}, {@code authors_parsed}): new-style IDs month by
 * month from 0704 with growing monthly volume, about 5 % old-style IDs, titles of 4 to 14
 * words drawn Zipf-like (s = 0.8) from a 60,000-word vocabulary seeded with the words of the real
 * snapshot lines, a third with a subtitle and some with LaTeX, abstracts of 80 to 250 words.
 * Every 30th paper's ID and title also go to {@code SAMPLE}, for the look-up benchmark.
 *
 * <p>Usage: {@code SnapshotGenerator OUT SAMPLE RECORDS SEED_JSONL...}
 */
public final class SnapshotGenerator {
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final String[] STOP = {"of", "for", "the", "in", "with", "and", "on", "a"};
  private static final String[] CATEGORIES = {"cs.LG", "cs.CL", "cs.CV", "hep-th", "quant-ph",
      "math.AP", "astro-ph.CO", "cond-mat.str-el", "stat.ML", "physics.optics", "math.CO"};
  private static final String[] OLD_ARCHIVES = {"hep-th", "hep-ph", "quant-ph", "math",
      "cond-mat", "astro-ph", "gr-qc"};

  private final Random random = new Random(20261201);
  private final List<String> vocabulary;
  private final double[] cumulative;

  private SnapshotGenerator(List<String> vocabulary) {
    this.vocabulary = vocabulary;
    this.cumulative = new double[vocabulary.size()];
    double sum = 0;
    for (int r = 0; r < vocabulary.size(); r++) {
      sum += 1 / Math.pow(r + 1, 0.8);
      cumulative[r] = sum;
    }
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Path sample = Path.of(args[1]);
    long records = Long.parseLong(args[2]);
    List<Path> seeds = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      seeds.add(Path.of(args[i]));
    }
    SnapshotGenerator g = new SnapshotGenerator(vocabulary(seeds, 60_000));
    g.write(out, sample, records);
  }

  private static List<String> vocabulary(List<Path> seeds, int size) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (Path seed : seeds) {
      for (String w : Files.readString(seed).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        if (w.length() >= 4 && w.length() <= 14) {
          words.add(w);
        }
      }
    }
    Random r = new Random(7);
    String[] syllables = {"ra", "ti", "on", "mo", "del", "quan", "tum", "ver", "gen", "sor",
        "lat", "ice", "spec", "tral", "net", "work", "graph", "flu", "id", "pho", "ton", "mag",
        "ner", "tic", "al", "ing", "ic", "ous", "form", "er", "tra", "cal", "bo", "son"};
    while (words.size() < size) {
      StringBuilder w = new StringBuilder();
      for (int n = 2 + r.nextInt(3); n > 0; n--) {
        w.append(syllables[r.nextInt(syllables.length)]);
      }
      words.add(w.toString());
    }
    List<String> list = new ArrayList<>(words);
    java.util.Collections.shuffle(list, r);
    return list;
  }

  private String word() {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = java.util.Arrays.binarySearch(cumulative, x);
    return vocabulary.get(i >= 0 ? i : -i - 1);
  }

  private String words(int n, boolean capitalize) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w = i > 0 && random.nextInt(5) == 0 ? STOP[random.nextInt(STOP.length)] : word();
      if (capitalize && (i == 0 || w.length() > 3)) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      }
      s.append(i == 0 ? "" : " ").append(w);
    }
    return s.toString();
  }

  String title() {
    String t = words(4 + random.nextInt(7), true);
    if (random.nextInt(3) == 0) {
      t += ": " + words(2 + random.nextInt(5), true);
    }
    if (random.nextInt(25) == 0) {
      int space = t.indexOf(' ');
      t = t.substring(0, space) + " $\\mathcal{O}(n^2)$" + t.substring(space);
    }
    // arXiv's hard line breaks in long titles, as in the real file
    int wrap = t.indexOf(' ', 60);
    return wrap > 0 ? t.substring(0, wrap) + "\n " + t.substring(wrap) : t;
  }

  private void write(Path out, Path sample, long records) throws IOException {
    JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8),
            1 << 20);
        Writer s = Files.newBufferedWriter(sample, StandardCharsets.UTF_8)) {
      IdSequence ids = new IdSequence(records, random);
      for (long n = 0; n < records; n++) {
        String id = ids.next();
        String title = title();
        JsonGenerator g = json.createGenerator(w);
        line(g, id, title, ids.month());
        g.close();
        w.write('\n');
        if (n % 30 == 0) {
          s.write(id + "\t" + title.replace("\n", " ").replace("\t", " ") + "\n");
        }
      }
    }
  }

  private void line(JsonGenerator g, String id, String title, LocalDate month)
      throws IOException {
    List<String[]> authors = new ArrayList<>();
    for (int a = 1 + random.nextInt(8); a > 0; a--) {
      authors.add(new String[] {cap(word()), (char) ('A' + random.nextInt(26)) + ".", ""});
    }
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("submitter", authors.get(0)[1] + " " + authors.get(0)[0]);
    g.writeStringField("authors", String.join(", ", authors.stream()
        .map(a -> a[1] + " " + a[0]).toList()));
    g.writeStringField("title", title);
    g.writeStringField("comments", random.nextBoolean() ? (5 + random.nextInt(30))
        + " pages, " + random.nextInt(12) + " figures" : null);
    g.writeStringField("journal-ref", random.nextInt(4) == 0 ? "Phys. Rev. D "
        + random.nextInt(110) + ", " + random.nextInt(99999) + " (2019)" : null);
    g.writeStringField("doi", random.nextInt(3) == 0 ? "10.1103/PhysRevD."
        + random.nextInt(110) + "." + random.nextInt(99999) : null);
    g.writeStringField("report-no", null);
    String primary = CATEGORIES[random.nextInt(CATEGORIES.length)];
    g.writeStringField("categories", random.nextBoolean() ? primary
        : primary + " " + CATEGORIES[random.nextInt(CATEGORIES.length)]);
    g.writeStringField("license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
    g.writeStringField("abstract", "  " + words(60 + random.nextInt(110), false) + ".\n");
    versions(g, month);
    g.writeArrayFieldStart("authors_parsed");
    for (String[] a : authors) {
      g.writeStartArray();
      for (String part : a) {
        g.writeString(part);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void versions(JsonGenerator g, LocalDate month) throws IOException {
    int count = random.nextInt(10) < 6 ? 1 : 2 + random.nextInt(4);
    var date = month.plusDays(random.nextInt(28)).atStartOfDay(ZoneOffset.UTC)
        .plusSeconds(random.nextInt(86_400));
    g.writeArrayFieldStart("versions");
    for (int v = 1; v <= count; v++) {
      g.writeStartObject();
      g.writeStringField("version", "v" + v);
      g.writeStringField("created", RFC_1123.format(date));
      g.writeEndObject();
      date = date.plusDays(1 + random.nextInt(200));
    }
    g.writeEndArray();
    g.writeStringField("update_date", date.toLocalDate().toString());
  }

  private static String cap(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** New-style IDs month by month from 0704, volume growing; every 20th an old-style one. */
  static final class IdSequence {
    private final Random random;
    private final long perMonthBase;
    private LocalDate month = LocalDate.of(2007, 4, 1);
    private int inMonth;
    private int oldStyle;

    IdSequence(long records, Random random) {
      this.random = random;
      this.perMonthBase = Math.max(1, records / 230 / 2);
    }

    LocalDate month() {
      return month;
    }

    String next() {
      if (random.nextInt(20) == 0) {
        oldStyle++;
        return OLD_ARCHIVES[oldStyle % OLD_ARCHIVES.length] + "/"
            + String.format("%02d%02d%03d", (95 + (oldStyle / 12000) % 12) % 100,
            1 + oldStyle % 12, (oldStyle / 12) % 999 + 1);
      }
      long capacity = perMonthBase + perMonthBase * (month.getYear() - 2007) / 9;
      if (inMonth >= capacity || inMonth >= (month.getYear() < 2015 ? 9999 : 99999)) {
        month = month.plusMonths(1);
        inMonth = 0;
      }
      inMonth++;
      String yymm = String.format("%02d%02d", month.getYear() % 100, month.getMonthValue());
      return month.getYear() < 2015 ? String.format("%s.%04d", yymm, inMonth)
          : String.format("%s.%05d", yymm, inMonth);
    }
  }
}
