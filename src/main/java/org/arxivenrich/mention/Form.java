package org.arxivenrich.mention;

import java.util.Locale;

/**
 * How a mention was written: the kind of link or text that carried it; {@link #TITLE} for a paper
 * named by its title alone, with no link or identifier (issue #11).
 */
public enum Form {
  ABS, PDF, HTML, AR5IV, ALPHAXIV, HUGGINGFACE, SCIRATE, DOI, TEXT, CITATION, LINK, TITLE;

  /** The lowercase name used in the dataset's {@code form} column. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
