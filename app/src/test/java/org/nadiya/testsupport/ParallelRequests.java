package org.nadiya.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Fires many requests at the running test server at once (a personal access token, so no CSRF), released together by
 * a latch, and returns each response's status and body in the order of the requests.
 */
public final class ParallelRequests {

    public record Answer(int status, String body) {
    }

    private ParallelRequests() {
    }

    public static List<Answer> send(int port, String token, int count, IntFunction<HttpRequest.Builder> request)
            throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 100));
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<Answer>>();
            for (int i = 0; i < count; i++) {
                var builder = request.apply(i).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60));
                futures.add(pool.submit(() -> {
                    start.await();
                    var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body());
                }));
            }
            start.countDown();
            var answers = new ArrayList<Answer>();
            for (var f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    public static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
