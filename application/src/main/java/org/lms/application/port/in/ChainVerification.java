package org.lms.application.port.in;

import java.util.Optional;

/** The result of walking the event chain: how many entries were checked and the first that does not fit. */
public record ChainVerification(long checked, Optional<Long> firstBrokenId) {

    public boolean ok() {
        return firstBrokenId.isEmpty();
    }
}
