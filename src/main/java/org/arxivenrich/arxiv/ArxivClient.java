package org.arxivenrich.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.arxivenrich.mention.ArxivId;

/**
 * Makes exactly one HTTP request to the arXiv API per call and maps the answer to a {@link Feed}
 * or an {@link ArxivApiException}. It never retries and never waits: pacing and retries live in
 * one place, the resolve stage. okhttp's silent connection retry and redirects are off, so one
 * call is one request; one pooled connection, so never two connections at a time.
 */
public final class ArxivClient implements AutoCloseable {
  private final HttpUrl endpoint;
  private final String userAgent;
  private final OkHttpClient http;
  private final FeedParser parser = new FeedParser();

  /**
   * A client for {@code endpoint} sending {@code userAgent}; {@code readTimeout} bounds each read.
   */
  public ArxivClient(URI endpoint, String userAgent, Duration readTimeout) {
    HttpUrl url = HttpUrl.parse(endpoint.toString());
    if (url == null) {
      throw new IllegalArgumentException("not an http(s) API URL: " + endpoint);
    }
    this.endpoint = url;
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.http = new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
        .connectTimeout(Duration.ofSeconds(15))
        .readTimeout(readTimeout)
        .callTimeout(readTimeout.multipliedBy(2).plusSeconds(15))
        .build();
  }

  /** The User-Agent arXiv asks for: tool, version and a way to reach whoever runs it. */
  public static String userAgent(String version, String contact) {
    return "arxiv-enrich/" + version + " (+mailto:" + contact + ")";
  }

  /**
   * Asks for {@code ids} with {@code max_results} set to {@code maxResults}: arXiv's default of 10
   * would silently cut a longer {@code id_list}.
   */
  public Feed fetch(List<ArxivId> ids, int maxResults) throws ArxivApiException {
    String list = ids.stream().map(ArxivId::value).collect(Collectors.joining(","));
    HttpUrl url = endpoint.newBuilder().addQueryParameter("id_list", list)
        .addQueryParameter("max_results", Integer.toString(maxResults)).build();
    return get(url, "id_list of " + ids.size() + " (" + abbreviate(list) + ")");
  }

  /**
   * The words of {@code title} that a title search asks for, in order, single-spaced: every
   * character that is neither a letter nor a digit is a word break.
   */
  public static String titleWords(String title) {
    return title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Searches titles for the {@link #titleWords} of {@code title} as a phrase. */
  public Feed searchTitle(String title, int maxResults) throws ArxivApiException {
    String words = titleWords(title);
    HttpUrl url = endpoint.newBuilder().addQueryParameter("search_query", "ti:\"" + words + "\"")
        .addQueryParameter("max_results", Integer.toString(maxResults)).build();
    return get(url, "title search for \"" + abbreviate(words) + "\"");
  }

  private Feed get(HttpUrl url, String what) throws ArxivApiException {
    Request request = new Request.Builder().url(url).header("User-Agent", userAgent)
        .header("Accept", "application/atom+xml").build();
    try (Response response = http.newCall(request).execute()) {
      return read(response, what);
    } catch (IOException e) {
      throw new ArxivApiException(ArxivApiException.Failure.TRANSPORT, 0, Optional.empty(),
          what + ": no response: " + e, e);
    }
  }

  private Feed read(Response response, String what) throws IOException, ArxivApiException {
    ResponseBody body = response.body();
    Feed feed;
    try (InputStream in = body == null ? InputStream.nullInputStream() : body.byteStream()) {
      feed = parser.parse(in);
    } catch (FeedParser.FeedException e) {
      throw failure(response, what, e.getMessage(), e);
    }
    if (feed.error().isPresent()) {
      throw new ArxivApiException(ArxivApiException.Failure.REJECTED, response.code(),
          Optional.empty(), what + ": arXiv says: " + feed.error().get(), null);
    }
    if (response.code() != 200) {
      throw failure(response, what, "not an error feed", null);
    }
    return feed;
  }

  private static ArxivApiException failure(Response response, String what, String detail,
      Throwable cause) {
    if (response.code() == 200) {
      return new ArxivApiException(ArxivApiException.Failure.MALFORMED_FEED, 200,
          Optional.empty(), what + ": HTTP 200 but " + detail, cause);
    }
    return new ArxivApiException(ArxivApiException.Failure.HTTP_STATUS, response.code(),
        retryAfter(response.header("Retry-After")), what + ": HTTP " + response.code()
        + redirect(response), cause);
  }

  /**
   * A {@code Retry-After} header in delta-seconds; the HTTP-date form is rare from arXiv and
   * ignored. Shared with the mirror's OAI-PMH client.
   */
  public static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.strip().matches("\\d{1,7}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
  }

  private static String redirect(Response response) {
    String location = response.header("Location");
    return location == null ? "" : " (redirected to " + location + "; set --api-url to it)";
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
