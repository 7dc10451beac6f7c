/**
 * The arXiv API's HTTP client and Atom parsing. {@link org.arxivenrich.arxiv.ArxivClient} makes
 * exactly one request per call ({@code id_list} with {@code max_results}, or a {@code ti:} title
 * search) and maps the answer to a {@link org.arxivenrich.arxiv.Feed} of
 * {@link org.arxivenrich.arxiv.Paper}s or to an {@link org.arxivenrich.arxiv.ArxivApiException}
 * saying what failed. It never waits and never retries: that is the resolve stage's job. XML from
 * the network is untrusted: a DTD is refused, external entities are never resolved.
 */
package org.arxivenrich.arxiv;
