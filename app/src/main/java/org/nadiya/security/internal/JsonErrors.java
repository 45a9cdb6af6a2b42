package org.nadiya.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/** The small JSON bodies the API answers with when it refuses a request before any controller runs. */
final class JsonErrors {

    private JsonErrors() {
    }

    static void write(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\"}");
    }
}
