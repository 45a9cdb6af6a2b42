package org.nadiya.finance.internal;

import java.util.regex.Pattern;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;

import org.nadiya.kernel.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Upload limits per route. The servlet container has one multipart configuration for the whole application, so
 * its ceiling is the largest upload any route takes (a bank statement); this resolver then holds every other route
 * to the general limit ({@code nadiya.uploads.max-file-size}, 25 MB: evidence files, consent forms and participant
 * lists are read into memory) and the statement route to {@code nadiya.finance.max-statement-size}. A request whose
 * declared length is over its route's limit is refused before its body is read; parts go to temporary files above
 * 1 MB (in the data directory, {@code TemporaryFiles}), so memory does not grow with the upload.
 */
@Configuration(proxyBeanMethods = false)
class FinanceUploads {

    /** Room for the form fields and the mapping file next to the statement itself. */
    static final long ALLOWANCE = 2L * 1024 * 1024;
    private static final Pattern STATEMENT_ROUTE = Pattern.compile("(/api/v1)?/proceedings/\\d+/finance/statements/?");

    /** The finance limits, in bytes. */
    record Limits(long maxStatement, long maxSpreadsheet, int chunk, long uploadFile, long uploadRequest) {

        Limits {
            if (chunk < 1024 || chunk > 64 * 1024 * 1024) {
                throw new IllegalArgumentException("nadiya.finance.chunk-size must be between 1KB and 64MB");
            }
            if (maxStatement < 1 || maxSpreadsheet < 1 || uploadFile < 1 || uploadRequest < 1) {
                throw new IllegalArgumentException("upload limits must be positive");
            }
        }

        static String human(long bytes) {
            long mb = 1024L * 1024;
            if (bytes % (1024 * mb) == 0) {
                return bytes / (1024 * mb) + " GB";
            }
            if (bytes % mb == 0) {
                return bytes / mb + " MB";
            }
            return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
        }
    }

    @Bean
    Limits financeLimits(@Value("${nadiya.finance.max-statement-size:2GB}") DataSize maxStatement,
                         @Value("${nadiya.finance.max-spreadsheet-size:100MB}") DataSize maxSpreadsheet,
                         @Value("${nadiya.finance.chunk-size:4MB}") DataSize chunk,
                         @Value("${nadiya.uploads.max-file-size:25MB}") DataSize uploadFile,
                         @Value("${nadiya.uploads.max-request-size:26MB}") DataSize uploadRequest) {
        return new Limits(maxStatement.toBytes(), maxSpreadsheet.toBytes(), (int) Math.min(Integer.MAX_VALUE,
                chunk.toBytes()), uploadFile.toBytes(), uploadRequest.toBytes());
    }

    /** Parts above 1 MB go to disk in the process' private directory inside the data directory, not /tmp. */
    @Bean
    MultipartConfigElement multipartConfigElement(Limits limits, org.nadiya.security.TemporaryFiles temporary) {
        long largest = Math.max(limits.maxStatement(), limits.uploadFile()) + ALLOWANCE;
        return new MultipartConfigElement(temporary.multipartDirectory().toString(), largest, largest + ALLOWANCE,
                1024 * 1024);
    }

    @Bean
    MultipartResolver multipartResolver(Limits limits) {
        return new RouteLimitedMultipartResolver(limits);
    }

    static boolean statementUpload(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && STATEMENT_ROUTE.matcher(path).matches();
    }

    static final class RouteLimitedMultipartResolver extends StandardServletMultipartResolver {

        private final Limits limits;

        RouteLimitedMultipartResolver(Limits limits) {
            this.limits = limits;
        }

        @Override
        public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
            boolean statement = statementUpload(request);
            long declared = request.getContentLengthLong();
            if (statement && declared > limits.maxStatement() + ALLOWANCE) {
                throw tooLarge(limits);
            }
            if (!statement && declared > limits.uploadRequest()) {
                throw new MaxUploadSizeExceededException(limits.uploadFile());
            }
            var multipart = super.resolveMultipart(request);
            for (var files : multipart.getMultiFileMap().entrySet()) {
                for (MultipartFile f : files.getValue()) {
                    boolean theStatement = statement && "file".equals(files.getKey());
                    if (theStatement && f.getSize() > limits.maxStatement()) {
                        cleanupMultipart(multipart);
                        throw tooLarge(limits);
                    }
                    if (!theStatement && f.getSize() > limits.uploadFile()) {
                        cleanupMultipart(multipart);
                        throw new MaxUploadSizeExceededException(limits.uploadFile());
                    }
                }
            }
            return multipart;
        }
    }

    static InvalidInputException tooLarge(Limits limits) {
        return new InvalidInputException("file", "error.finance.file.tooLarge", Limits.human(limits.maxStatement()));
    }
}
