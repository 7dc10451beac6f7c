package org.arxivenrich.resolve;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arxivenrich.arxiv.Paper;
import org.arxivenrich.mention.ArxivId;

/**
 * A local copy of arXiv's metadata (issue #10's mirror) that the resolver reads before its cache
 * and the API: an ID it holds costs no request, and title searches go to its index instead of
 * arXiv. Implemented by {@code mirror.MirrorStore}; the resolver knows only this.
 */
public interface PaperMirror {
  /** The papers held among {@code ids}, each with every version's date; absent IDs are left out. */
  Map<ArxivId, Paper> papers(Collection<ArxivId> ids) throws IOException;

  /** Up to {@code limit} papers whose titles resemble {@code title}, best first. */
  List<Paper> searchTitle(String title, int limit) throws IOException;

  /** The newest OAI datestamp held: how current the copy is; empty for an empty mirror. */
  Optional<LocalDate> newestDatestamp() throws IOException;
}
