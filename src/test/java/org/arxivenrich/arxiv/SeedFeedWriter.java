package org.arxivenrich.arxiv;

import java.util.List;

/**
 * Renders Atom feeds in the shape the arXiv API sends today (namespaces declared once on
 * {@code <feed>}, entry {@code <id>} in http, links in https, one-line titles), copied from the
 * recorded samples under {@code src/test/resources/arxiv/}.
 */
final class SeedFeedWriter {
  private static final String HEAD = """
      <?xml version='1.0' encoding='UTF-8'?>
      <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" \
      xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
        <id>https://arxiv.org/api/seed</id>
        <title>arXiv Query: %s</title>
        <updated>2026-11-23T00:00:00Z</updated>
        <opensearch:itemsPerPage>%d</opensearch:itemsPerPage>
        <opensearch:totalResults>%d</opensearch:totalResults>
        <opensearch:startIndex>0</opensearch:startIndex>
      """;

  private SeedFeedWriter() {}

  /** A feed of {@code entries} for the query {@code query}. */
  static String feed(String query, int maxResults, int total, List<SeedArxiv.SeedPaper> entries,
      List<Integer> versions) {
    StringBuilder xml = new StringBuilder(String.format(HEAD, escape(query), maxResults, total));
    for (int i = 0; i < entries.size(); i++) {
      entry(xml, entries.get(i), versions.get(i));
    }
    return xml.append("</feed>\n").toString();
  }

  /** arXiv's error feed, as sent with HTTP 400. */
  static String error(String anchor, String message) {
    return String.format(HEAD, "error", 1, 1) + """
          <entry>
            <id>https://arxiv.org/api/errors#%1$s</id>
            <title>Error</title>
            <updated>2026-11-23T00:00:00Z</updated>
            <link href="https://arxiv.org/api/errors#%1$s" rel="alternate" type="text/html"/>
            <summary>%2$s</summary>
            <author>
              <name>arXiv api core</name>
            </author>
          </entry>
        </feed>
        """.formatted(escape(anchor), escape(message));
  }

  private static void entry(StringBuilder xml, SeedArxiv.SeedPaper p, int version) {
    String v = p.id() + "v" + version;
    String updated = version == 1 ? p.published() : p.updated();
    xml.append("  <entry>\n")
        .append("    <id>http://arxiv.org/abs/").append(v).append("</id>\n")
        .append("    <title>").append(escape(p.title())).append("</title>\n")
        .append("    <updated>").append(updated).append("T00:00:00Z</updated>\n")
        .append("    <link href=\"https://arxiv.org/abs/").append(v)
        .append("\" rel=\"alternate\" type=\"text/html\"/>\n")
        .append("    <link href=\"https://arxiv.org/pdf/").append(v)
        .append("\" rel=\"related\" type=\"application/pdf\" title=\"pdf\"/>\n")
        .append("    <summary>Stand-in abstract of ").append(escape(p.title()))
        .append(".</summary>\n")
        .append("    <category term=\"").append(p.category())
        .append("\" scheme=\"http://arxiv.org/schemas/atom\"/>\n")
        .append("    <published>").append(p.published()).append("T00:00:00Z</published>\n")
        .append("    <arxiv:primary_category term=\"").append(p.category()).append("\"/>\n");
    for (int a = 0; a < p.authors(); a++) {
      String name = a == 0 ? p.firstAuthor() : "Coauthor " + (a + 1);
      xml.append("    <author>\n      <name>").append(escape(name)).append("</name>\n")
          .append("    </author>\n");
    }
    xml.append("  </entry>\n");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
