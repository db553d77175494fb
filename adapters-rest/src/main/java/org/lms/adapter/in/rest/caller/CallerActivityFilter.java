package org.lms.adapter.in.rest.caller;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;
import org.lms.application.port.in.RecordActivityUseCase;

/**
 * Notes each authenticated caller as active, once the request is answered (so whichever mechanism
 * identified the caller has run). Activity only feeds gauges: failing to record it never fails the request.
 */
@Provider
public class CallerActivityFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(CallerActivityFilter.class);

    @Inject
    CurrentCaller caller;

    @Inject
    RecordActivityUseCase activity;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        try {
            activity.seen(caller.actor());
        } catch (RuntimeException e) {
            LOG.debugf("User activity not recorded: %s", e.toString());
        }
    }
}
