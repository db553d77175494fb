package org.lms.adapter.in.rest.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.lms.adapter.in.rest.assignment.GradeRequest;

/**
 * Request bodies read strictly: a field the record does not have fails the request (400
 * malformed-request) instead of being ignored, so a misspelt {@code feedbak} is not a silent
 * grade without feedback. Every other type keeps the runtime's default reading.
 */
@Provider
public class StrictJsonBodies implements ContextResolver<Jsonb> {

    /** Yasson's switch (the JSON-B implementation of WildFly); other implementations ignore it. */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";
    private static final Set<Class<?>> STRICT = Set.of(GradeRequest.class);
    private static final Jsonb STRICT_JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return STRICT.contains(type) ? STRICT_JSONB : null;
    }
}
