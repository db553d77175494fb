package org.lms.application.port.out;

import java.util.List;
import org.lms.domain.shared.DomainEvent;

/** Hands domain events to whoever listens (metrics, audit, later reactions). */
public interface PublishEventsPort {

    void publish(List<DomainEvent> events);
}
