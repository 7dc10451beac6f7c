package org.arxivenrich.bench;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.arxivenrich.article.Article;
import org.arxivenrich.article.ArticleReader;
import org.arxivenrich.article.ReadResult;
import org.arxivenrich.mention.ClaimedDate;
import org.arxivenrich.mention.Mention;
import org.arxivenrich.mention.MentionExtractor;
import org.arxivenrich.mention.TitleCandidate;

/**
 * Writes, as TSV on standard output, what reading and extraction make of every article under a
 * folder: one row per article (charset, a hash of its text, its problems) or skipped file, and
 * one row per mention (position, kind, ID, form, URL, claimed title and date, and the claim's
 * source when this build's {@link Mention} has one), and one per title named without a link
 * ({@link TitleCandidate}: phrase, source, date, IDs named in its unit), as the pipeline's
 * {@code extractAll} finds them. {@code src/bench/differential.sh} runs it
 * with two builds and compares the sorted rows (issue #13: "mentions identical before and after").
 *
 * <p>Uses only API that older builds have too, and reflection for {@code claimSource}, so the
 * same source compiles against every build. Usage: {@code MentionDump INPUT_DIR LABEL}.
 */
public final class MentionDump {
  private MentionDump() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    String label = args[1];
    ArticleReader reader = new ArticleReader(root);
    MentionExtractor extractor = new MentionExtractor();
    Method claimSource = accessor("claimSource");
    try (BufferedWriter out = new BufferedWriter(
        new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
      for (Path file : reader.list()) {
        ReadResult result = reader.read(file);
        if (result instanceof ReadResult.Read read) {
          Article a = read.article();
          row(out, label, a.path(), "0", "0", "ARTICLE", a.encoding(),
              Integer.toHexString(a.text().text().hashCode()), String.join(" | ", a.problems()));
          MentionExtractor.Extraction extraction = extractor.extractAll(a);
          for (Mention m : extraction.mentions()) {
            mention(out, label, m, claimSource);
          }
          for (TitleCandidate t : extraction.titles()) {
            candidate(out, label, t);
          }
        } else if (result instanceof ReadResult.Skipped skip) {
          row(out, label, skip.path(), "0", "0", "SKIPPED", skip.reason());
        }
      }
    }
  }

  private static void mention(BufferedWriter out, String label, Mention m, Method claimSource)
      throws Exception {
    ClaimedDate d = m.claimedDate().orElse(null);
    row(out, label, m.article(), Integer.toString(m.line()), Integer.toString(m.column()),
        m.kind().name(), m.arxivId().map(Object::toString).orElse(""), m.idText(),
        m.version().map(Object::toString).orElse(""), m.form().label(), m.matchedText(),
        m.url().orElse(""), m.claimedTitle().orElse(""),
        d == null ? "" : d.iso() + " <" + d.text() + ">",
        claimSource == null ? "" : String.valueOf(unwrap(claimSource.invoke(m))));
  }

  private static void candidate(BufferedWriter out, String label, TitleCandidate t)
      throws Exception {
    row(out, label, t.article(), Integer.toString(t.line()), Integer.toString(t.column()),
        "TITLE_CANDIDATE", t.phrase(), t.source(),
        t.claimedDate().map(d -> d.iso() + " <" + d.text() + ">").orElse(""),
        t.dateSource().orElse(""), t.namedInUnit().toString());
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> o ? o.map(Object::toString).orElse("") : value;
  }

  private static Method accessor(String name) {
    try {
      return Mention.class.getMethod(name);
    } catch (NoSuchMethodException absent) {
      return null; // a build from before the column existed
    }
  }

  private static void row(BufferedWriter out, String... cells) throws Exception {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(escape(cells[i]));
    }
    out.write('\n');
  }

  private static String escape(String cell) {
    return cell.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        .replace("\r", "\\r");
  }
}
