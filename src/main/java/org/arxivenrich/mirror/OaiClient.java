package org.arxivenrich.mirror;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.arxivenrich.arxiv.ArxivApiException;
import org.arxivenrich.arxiv.ArxivApiException.Failure;
import org.arxivenrich.arxiv.ArxivClient;

/**
 * Makes exactly one OAI-PMH request to arXiv per call ({@code ListRecords} in {@code arXivRaw})
 * and maps the answer to an {@link OaiPage} or an {@link ArxivApiException}, the failure type the
 * one retry layer ({@code resolve.PoliteCaller}) decides on: 503 with its Retry-After, other
 * statuses, no response, or a 200 that is not OAI-PMH. An OAI error sent with HTTP 200 is a page,
 * for the harvester to judge. Like the API's client: no retries, no redirects, one connection.
 */
final class OaiClient implements AutoCloseable {
  static final String PREFIX = "arXivRaw";

  private final HttpUrl endpoint;
  private final String userAgent;
  private final OkHttpClient http;
  private final OaiPageParser parser = new OaiPageParser();

  OaiClient(URI endpoint, String userAgent, Duration readTimeout) {
    HttpUrl url = HttpUrl.parse(endpoint.toString());
    if (url == null) {
      throw new IllegalArgumentException("not an http(s) OAI-PMH URL: " + endpoint);
    }
    this.endpoint = url;
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
        .followRedirects(false).connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
        .connectTimeout(Duration.ofSeconds(15)).readTimeout(readTimeout)
        .callTimeout(readTimeout.multipliedBy(4)).build();
  }

  /** The first page of every record changed on or after {@code from} (all, when empty). */
  OaiPage listRecords(Optional<LocalDate> from) throws ArxivApiException {
    HttpUrl.Builder url = endpoint.newBuilder().addQueryParameter("verb", "ListRecords")
        .addQueryParameter("metadataPrefix", PREFIX);
    from.ifPresent(d -> url.addQueryParameter("from", d.toString()));
    return get(url.build(),
        "ListRecords from " + from.map(LocalDate::toString).orElse("the start"));
  }

  /** The page a resumption token names. */
  OaiPage resume(String token) throws ArxivApiException {
    HttpUrl url = endpoint.newBuilder().addQueryParameter("verb", "ListRecords")
        .addQueryParameter("resumptionToken", token).build();
    return get(url, "ListRecords resumed at " + token);
  }

  private OaiPage get(HttpUrl url, String what) throws ArxivApiException {
    Request request = new Request.Builder().url(url).header("User-Agent", userAgent)
        .header("Accept", "text/xml").build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new ArxivApiException(Failure.HTTP_STATUS, response.code(),
            ArxivClient.retryAfter(response.header("Retry-After")),
            what + ": HTTP " + response.code() + redirect(response), null);
      }
      ResponseBody body = response.body();
      try (InputStream in = body == null ? InputStream.nullInputStream() : body.byteStream()) {
        return parser.parse(in);
      } catch (IllegalArgumentException e) {
        throw new ArxivApiException(Failure.MALFORMED_FEED, 200, Optional.empty(),
            what + ": HTTP 200 but " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new ArxivApiException(Failure.TRANSPORT, 0, Optional.empty(),
          what + ": no response: " + e, e);
    }
  }

  private static String redirect(Response response) {
    String location = response.header("Location");
    return location == null ? "" : " (redirected to " + location + "; set --oai-url to it)";
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
