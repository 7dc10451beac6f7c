package org.arxivenrich.mirror;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OAI-PMH response: its {@code arXivRaw} records, the resumption token that continues the
 * list (empty on the last page: no token element, or an empty one), or the OAI error arXiv sent
 * with HTTP 200 ({@code noRecordsMatch}, {@code badResumptionToken}, {@code badArgument}, ...).
 *
 * @param skipped records that carried no paper: deleted headers, other metadata formats
 */
record OaiPage(List<MirrorRecord> records, Optional<String> resumptionToken,
    Optional<OaiError> error, int skipped) {

  OaiPage {
    records = List.copyOf(records);
    Objects.requireNonNull(resumptionToken, "resumptionToken");
    Objects.requireNonNull(error, "error");
  }

  /** An OAI-PMH {@code <error code="...">}: the protocol's code and arXiv's words. */
  record OaiError(String code, String message) {
    OaiError {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    /** Nothing matched the request: for an incremental harvest, nothing is new. */
    boolean noRecordsMatch() {
      return code.equals("noRecordsMatch");
    }
  }
}
