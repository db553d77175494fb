package org.lms.adapter.out.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ChainVerification;
import org.lms.application.port.in.ReviewSecurityEventsUseCase.SecurityEventQuery;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.UserId;

/** The hash chain against a real PostgreSQL with the production migrations. */
class SecurityEventChainIT {

    private static TestPersistence db;
    private final RequestOrigin origin = new RequestOrigin("198.51.100.4", "curl/8.5", "request-0001");

    @BeforeEach
    void database() throws Exception {
        close();
        db = TestPersistence.open("security_chain", SecurityEventJpaEntity.class, SecurityEventChainJpaEntity.class);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    private <T> T inTransaction(Function<SecurityEventChainAdapter, T> work) {
        return db.inTransaction(em -> work.apply(new SecurityEventChainAdapter(em)));
    }

    private void append(Type type, String qualifier) {
        inTransaction(chain -> {
            chain.append(new SecurityEvent(type, Optional.of(new UserId(UUID.randomUUID())), qualifier, Instant.now()), origin);
            return null;
        });
    }

    private void sql(String statement) {
        db.inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void appendedEventsFormAChainThatVerifiesAndListNewestFirst() {
        append(Type.LOGIN_FAILED, "password");
        append(Type.LOGIN_SUCCEEDED, "password");
        append(Type.SUSPICIOUS_ACTIVITY, "success_after_failures");

        ChainVerification verification = inTransaction(SecurityEventChainAdapter::verify);
        var page = inTransaction(chain -> chain.find(new SecurityEventQuery(Optional.empty(), Optional.empty(),
                Optional.empty()), new PageRequest(0, 10)));
        var failures = inTransaction(chain -> chain.find(new SecurityEventQuery(Optional.of("login_failed"),
                Optional.of(Instant.now().minusSeconds(60)), Optional.of(Instant.now().plusSeconds(60))), new PageRequest(0, 10)));

        assertThat(verification.ok()).isTrue();
        assertThat(verification.checked()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(event -> event.id()).containsExactly(3L, 2L, 1L);
        assertThat(page.items().get(0).outcome()).isEqualTo("detected");
        assertThat(page.items().get(0).prevHash()).isEqualTo(page.items().get(1).hash());
        assertThat(page.items().get(2).prevHash()).isEqualTo(SecurityEventHashes.GENESIS);
        assertThat(failures.items()).singleElement().satisfies(event -> {
            assertThat(event.clientIp()).isEqualTo("198.51.100.4");
            assertThat(event.userAgent()).isEqualTo("curl/8.5");
            assertThat(event.requestId()).isEqualTo("request-0001");
        });
    }

    @Test
    void aRowChangedBySqlIsReportedAsTheFirstBrokenOne() throws Exception {
        for (int i = 0; i < 4; i++) {
            append(Type.LOGIN_FAILED, "password");
        }
        sql("UPDATE security_event SET outcome = 'success' WHERE id = 2");

        assertThat(inTransaction(SecurityEventChainAdapter::verify).firstBrokenId()).contains(2L);
    }

    @Test
    void removedRowsAreReportedToo() throws Exception {
        for (int i = 0; i < 4; i++) {
            append(Type.LOGIN_FAILED, "password");
        }
        sql("DELETE FROM security_event WHERE id = 4");
        assertThat(inTransaction(SecurityEventChainAdapter::verify).firstBrokenId()).as("the last row").contains(4L);

        sql("DELETE FROM security_event WHERE id = 2");
        assertThat(inTransaction(SecurityEventChainAdapter::verify).firstBrokenId()).as("a middle row").contains(3L);
    }

    @Test
    void concurrentAppendsKeepOneValidChain() throws Exception {
        List<Callable<Void>> writers = new ArrayList<>();
        for (int writer = 0; writer < 6; writer++) {
            writers.add(() -> {
                for (int i = 0; i < 10; i++) {
                    append(Type.ACCESS_DENIED, "403:courses");
                }
                return null;
            });
        }
        List<ChainVerification> duringWrites = new java.util.concurrent.CopyOnWriteArrayList<>();
        writers.add(() -> {
            for (int i = 0; i < 5; i++) {
                duringWrites.add(inTransaction(SecurityEventChainAdapter::verify));
            }
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(7);
        try {
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(duringWrites).as("appends racing a verification are not mistaken for damage")
                .allSatisfy(during -> assertThat(during.ok()).isTrue());

        ChainVerification verification = inTransaction(SecurityEventChainAdapter::verify);
        assertThat(verification.ok()).isTrue();
        assertThat(verification.checked()).isEqualTo(60);
    }
}
