package org.lms.adapter.out.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.lms.adapter.out.metrics.catalogue.CataloguedMetrics;
import org.lms.application.port.out.FileTransferMetricsPort;

/** Counts file transfers by direction and outcome, and the bytes of successful ones. */
@ApplicationScoped
public class FileTransferMetrics implements FileTransferMetricsPort {

    private CataloguedMetrics metrics;

    protected FileTransferMetrics() {
    }

    @Inject
    public FileTransferMetrics(CataloguedMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void transferred(Direction direction, Outcome outcome, long bytes) {
        String dir = direction.name().toLowerCase(Locale.ROOT);
        metrics.counter("lms_file_transfers_total", Map.of("direction", dir,
                "outcome", outcome.name().toLowerCase(Locale.ROOT))).inc();
        if (outcome == Outcome.SUCCESS && bytes > 0) {
            metrics.counter("lms_file_transfer_bytes_total", Map.of("direction", dir)).inc(bytes);
        }
    }
}
