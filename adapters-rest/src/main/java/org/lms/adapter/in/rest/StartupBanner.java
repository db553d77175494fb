package org.lms.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Logs where the LMS answers once it is deployed, so whoever started it knows what to open. */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        String api = "http://" + host + ":" + (8080 + offset);
        String management = "http://" + host + ":" + (9990 + offset);
        LOG.infof("LMS is up. API %s/api/v1/courses | OpenAPI %s/openapi | app metrics %s/metrics | "
                        + "server metrics %s/metrics | health %s/health/ready",
                api, api, api, management, management);
    }
}
