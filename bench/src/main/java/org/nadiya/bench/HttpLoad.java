package org.nadiya.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load against a running Nadiya: N threads each send GET URL with a bearer token, one request after
 * the other, for S seconds. Prints requests, errors (any status but 200, and failed connections, by kind), throughput
 * and latency percentiles. Plain JDK, so it also runs as a single file: {@code java HttpLoad.java URL TOKEN N S}.
 * Only for servers on this machine (the URL must be on the loopback interface).
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: HttpLoad URL TOKEN THREADS SECONDS");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        String host = uri.getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            System.err.println("HttpLoad only loads servers on the loopback interface, not " + host);
            System.exit(2);
        }
        String token = args[1];
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120)).GET().build();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        var done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            int slot = t;
            var thread = new Thread(() -> {
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        String error = null;
                        try {
                            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) {
                                error = "HTTP " + response.statusCode();
                            }
                        } catch (Exception e) {
                            error = e.getClass().getSimpleName();
                        }
                        long took = System.nanoTime() - start;
                        if (error != null) {
                            errors.computeIfAbsent(error, k -> new AtomicLong()).incrementAndGet();
                        }
                        if (n < mine.length) {
                            mine[n++] = took;
                        }
                    }
                } finally {
                    latencies.set(slot, Arrays.copyOf(mine, n));
                    done.countDown();
                }
            }, "load-" + t);
            thread.start();
        }
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("requests %d in %d s with %d threads: %.1f req/s; errors %d %s%n", all.length, seconds,
                threads, all.length / (double) seconds, errorCount, new TreeMap<>(errors));
        if (all.length > 0) {
            System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(all, 0.50), pct(all, 0.90),
                    pct(all, 0.99), all[all.length - 1] / 1e6);
        }
        System.exit(errorCount == 0 ? 0 : 1);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
