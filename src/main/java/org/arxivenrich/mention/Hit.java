package org.arxivenrich.mention;

import java.util.Objects;
import java.util.Optional;

/**
 * One place in an article's text that names a paper, before claims are read: {@code [start, end)}
 * are char offsets into the article text.
 *
 * @param anchorTitle the text a link was written on (HTML anchor or Markdown link text), if any
 */
record Hit(int start, int end, Target target, String matchedText, Optional<String> url,
    Optional<String> anchorTitle) {

  Hit {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(matchedText, "matchedText");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(anchorTitle, "anchorTitle");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  boolean overlaps(Hit other) {
    return start < other.end && other.start < end;
  }
}
