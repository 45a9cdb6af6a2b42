package org.nadiya.finance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nadiya.kernel.InvalidInputException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The per-route upload limits: large statements on the statement route only, every other upload keeps its limit. */
class FinanceUploadsTest {

    /** Statements 8 KB, spreadsheets 4 KB, chunks 1 KB, other uploads 2 KB per file and 3 KB per request. */
    private final FinanceUploads.Limits limits = new FinanceUploads.Limits(8 * 1024, 4 * 1024, 1024, 2 * 1024, 3 * 1024);
    private final FinanceUploads.RouteLimitedMultipartResolver resolver =
            new FinanceUploads.RouteLimitedMultipartResolver(limits);

    private static MockHttpServletRequest request(String path, MockPart... parts) {
        var request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        long length = 0;
        for (MockPart part : parts) {
            request.addPart(part);
            length += part.getSize();
        }
        request.setContent(new byte[(int) length]);
        return request;
    }

    private static MockPart part(String name, int size) {
        return new MockPart(name, name + ".bin", new byte[size]);
    }

    @Test
    void onlyTheStatementRoutesTakeLargeFiles() {
        assertThat(FinanceUploads.statementUpload(request("/proceedings/12/finance/statements"))).isTrue();
        assertThat(FinanceUploads.statementUpload(request("/api/v1/proceedings/12/finance/statements"))).isTrue();
        assertThat(FinanceUploads.statementUpload(request("/proceedings/12/evidence"))).isFalse();
        assertThat(FinanceUploads.statementUpload(request("/proceedings/12/finance/analyses"))).isFalse();
        assertThat(FinanceUploads.statementUpload(request("/proceedings/12/finance/statements/../../evidence"))).isFalse();

        var statement = resolver.resolveMultipart(request("/proceedings/12/finance/statements", part("file", 6 * 1024)));
        assertThat(statement.getFile("file").getSize()).isEqualTo(6 * 1024);
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/proceedings/12/evidence", part("file", 2 * 1024 + 1))))
                .isInstanceOf(MaxUploadSizeExceededException.class);
        assertThat(resolver.resolveMultipart(request("/proceedings/12/evidence", part("file", 2 * 1024)))
                .getFile("file")).isNotNull();
    }

    @Test
    void aStatementOverItsLimitAndALargeMappingAreRefused() {
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/api/v1/proceedings/3/finance/statements",
                part("file", 8 * 1024 + 1)))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.problems().get(0).text(java.util.Locale.ENGLISH)).contains("larger than 8 KB").contains("nadiya.finance.max-statement-size");
                });
        assertThatThrownBy(() -> resolver.resolveMultipart(request("/proceedings/3/finance/statements",
                part("file", 100), part("mapping", 2 * 1024 + 1)))).isInstanceOf(MaxUploadSizeExceededException.class);
    }

    @Test
    void aDeclaredLengthOverTheRouteLimitIsRefusedBeforeTheBodyIsRead() {
        var evidence = new MockHttpServletRequest("POST", "/proceedings/1/evidence");
        evidence.setContentType("multipart/form-data; boundary=x");
        evidence.setContent(new byte[3 * 1024 + 1]);
        assertThatThrownBy(() -> resolver.resolveMultipart(evidence)).isInstanceOf(MaxUploadSizeExceededException.class);
        var statement = new MockHttpServletRequest("POST", "/proceedings/1/finance/statements");
        statement.setContentType("multipart/form-data; boundary=x");
        statement.setContent(new byte[(int) (8 * 1024 + FinanceUploads.ALLOWANCE + 1)]);
        assertThatThrownBy(() -> resolver.resolveMultipart(statement)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void limitsOutsideTheirRangeStopTheStart() {
        assertThatThrownBy(() -> new FinanceUploads.Limits(1024, 1024, 100, 1024, 1024))
                .hasMessageContaining("nadiya.finance.chunk-size");
        assertThat(FinanceUploads.Limits.human(2L * 1024 * 1024 * 1024)).isEqualTo("2 GB");
        assertThat(FinanceUploads.Limits.human(100L * 1024 * 1024)).isEqualTo("100 MB");
    }
}
