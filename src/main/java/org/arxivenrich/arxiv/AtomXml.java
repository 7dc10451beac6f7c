package org.arxivenrich.arxiv;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain classes the Atom feed binds to (jackson-dataformat-xml binds these more reliably than
 * records); {@link PaperConverter} turns them into records. Namespaces are ignored on binding: the
 * {@code arxiv:} and {@code opensearch:} elements bind by local name.
 */
final class AtomXml {
  private AtomXml() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Feed {
    @JsonProperty("totalResults")
    public String totalResults;

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("entry")
    public List<Entry> entries = new ArrayList<>();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Entry {
    public String id;
    public String title;
    public String summary;
    public String published;
    public String updated;
    public String comment;
    @JsonProperty("journal_ref")
    public String journalRef;
    public String doi;
    @JsonProperty("primary_category")
    public Term primaryCategory;

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("author")
    public List<Author> authors = new ArrayList<>();

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("category")
    public List<Term> categories = new ArrayList<>();

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("link")
    public List<Link> links = new ArrayList<>();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Author {
    public String name;

    @JacksonXmlElementWrapper(useWrapping = false)
    @JsonProperty("affiliation")
    public List<String> affiliations = new ArrayList<>();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Term {
    @JacksonXmlProperty(isAttribute = true)
    public String term;

    @JacksonXmlText
    public String text;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  static final class Link {
    @JacksonXmlProperty(isAttribute = true)
    public String href;
    @JacksonXmlProperty(isAttribute = true)
    public String rel;
    @JacksonXmlProperty(isAttribute = true)
    public String type;
    @JacksonXmlProperty(isAttribute = true)
    public String title;

    @JacksonXmlText
    public String text;
  }
}
