package org.lms.application.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.lms.application.port.out.PublishEventsPort;
import org.lms.domain.shared.DomainEvent;

/**
 * Publishes domain events as CDI events in the caller's transaction, so observers can choose to
 * react only after commit ({@code TransactionPhase.AFTER_SUCCESS}) and never count a rolled-back change.
 */
@ApplicationScoped
public class CdiEventPublisher implements PublishEventsPort {

    private Event<DomainEvent> events;

    protected CdiEventPublisher() {
    }

    @Inject
    public CdiEventPublisher(Event<DomainEvent> events) {
        this.events = events;
    }

    @Override
    public void publish(List<DomainEvent> domainEvents) {
        domainEvents.forEach(event -> events.select(eventType(event)).fire(event));
    }

    @SuppressWarnings("unchecked")
    private static Class<DomainEvent> eventType(DomainEvent event) {
        return (Class<DomainEvent>) event.getClass();
    }
}
