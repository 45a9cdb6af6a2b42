package org.nadiya.jobs.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the job service runs on this instance ({@code nadiya.jobs.*}). An instance is taken for dead, and its running
 * jobs revived on another, after {@code heartbeat × missedHeartbeats} without a heartbeat.
 *
 * @param instanceName shown on the jobs page and in db-scheduler's {@code picked_by}; blank: host name and process id
 * @param threads      jobs run at once on this instance
 * @param polling      how often this instance looks for due jobs (a job submitted here starts at once)
 * @param retryDelay   the wait before a failed attempt is tried again, times the number of failures so far
 * @param shutdownWait how long a stopping instance lets running jobs finish before they wait for another instance
 * @param enabled      false: this process stores jobs but runs none (the command line's short-lived processes)
 */
@ConfigurationProperties("nadiya.jobs")
record JobSettings(String instanceName, Integer threads, Duration polling, Duration heartbeat, Integer missedHeartbeats,
                   Duration retryDelay, Duration shutdownWait, Boolean enabled) {

    JobSettings {
        if (instanceName == null || instanceName.isBlank()) {
            instanceName = hostName() + "-" + ProcessHandle.current().pid();
        }
        threads = threads == null ? 2 : threads;
        polling = polling == null ? Duration.ofSeconds(5) : polling;
        heartbeat = heartbeat == null ? Duration.ofSeconds(5) : heartbeat;
        missedHeartbeats = missedHeartbeats == null ? 4 : missedHeartbeats;
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
        shutdownWait = shutdownWait == null ? Duration.ofSeconds(10) : shutdownWait;
        enabled = enabled == null || enabled;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "nadiya";
        }
    }
}
