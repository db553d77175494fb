package org.lms.adapter.in.rest.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lms.adapter.in.rest.http.LimitedInputStream;
import org.lms.adapter.in.rest.http.PayloadTooLargeException;
import org.lms.adapter.in.rest.http.RequestLimits;
import org.lms.application.port.out.FileTransferMetricsPort;
import org.lms.application.port.out.FileTransferMetricsPort.Direction;
import org.lms.application.port.out.FileTransferMetricsPort.Outcome;
import org.lms.domain.file.FileContentType;
import org.lms.domain.file.FileName;
import org.lms.domain.shared.DomainException;

/**
 * The edge of every upload: refuses a disallowed type (415) or a declared size over the limit (413)
 * before a byte is read, caps the body while it streams, and counts the transfer's outcome.
 */
@ApplicationScoped
public class Uploads {

    private long maxBytes;
    private FileTransferMetricsPort metrics;

    protected Uploads() {
    }

    @Inject
    public Uploads(@ConfigProperty(name = "lms.files.max-upload-bytes",
            defaultValue = RequestLimits.DEFAULT_MAX_UPLOAD_BYTES) long maxBytes, FileTransferMetricsPort metrics) {
        this.maxBytes = maxBytes;
        this.metrics = metrics;
    }

    /** What a use case needs to store one upload. */
    public record Upload(FileName name, FileContentType contentType, InputStream content) {
    }

    /**
     * Checks the request, hands the capped body to {@code store}, and counts the outcome:
     * refusals (4xx) as rejected, anything else that fails as failed.
     */
    public <T> T receive(HttpHeaders request, String filename, InputStream body, Function<Upload, T> store,
                         ToLongFunction<T> storedBytes) {
        try {
            String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
            if (!FileContentType.isAllowed(type)) {
                throw new NotSupportedException("Uploads must be one of " + FileContentType.ALLOWED);
            }
            if (request.getLength() > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
            T stored = store.apply(new Upload(new FileName(filename), new FileContentType(type),
                    new LimitedInputStream(body, maxBytes)));
            metrics.transferred(Direction.UPLOAD, Outcome.SUCCESS, storedBytes.applyAsLong(stored));
            return stored;
        } catch (DomainException e) {
            metrics.transferred(Direction.UPLOAD, Outcome.REJECTED, 0);
            throw e;
        } catch (WebApplicationException e) {
            metrics.transferred(Direction.UPLOAD, e.getResponse().getStatus() < 500 ? Outcome.REJECTED : Outcome.FAILED, 0);
            throw e;
        } catch (RuntimeException e) {
            metrics.transferred(Direction.UPLOAD, causedByTooLarge(e) ? Outcome.REJECTED : Outcome.FAILED, 0);
            throw e;
        }
    }

    /** The size cap fires inside the storage's copy loop and may arrive wrapped. */
    private static boolean causedByTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }
}
