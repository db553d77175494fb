package org.lms.adapter.out.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestDatabase;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ChainVerification;
import org.lms.application.port.in.ReviewSecurityEventsUseCase.SecurityEventQuery;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;
import org.lms.application.port.out.SecurityEventPort.Type;
import org.lms.domain.identity.UserId;

/** The hash chain against a real PostgreSQL with the production migrations. */
class SecurityEventChainIT {

    private static EntityManagerFactory emf;
    private static String url;
    private final RequestOrigin origin = new RequestOrigin("198.51.100.4", "curl/8.5", "request-0001");

    @BeforeEach
    void database() throws Exception {
        if (emf != null) {
            emf.close();
        }
        url = TestDatabase.recreate("security_chain");
        emf = new Configuration()
                .addAnnotatedClass(SecurityEventJpaEntity.class)
                .addAnnotatedClass(SecurityEventChainJpaEntity.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", TestDatabase.USER)
                .setProperty("hibernate.connection.password", TestDatabase.PASSWORD)
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.connection.pool_size", "8")
                .buildSessionFactory();
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private <T> T inTransaction(Function<SecurityEventChainAdapter, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new SecurityEventChainAdapter(em));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private void append(Type type, String qualifier) {
        inTransaction(chain -> {
            chain.append(new SecurityEvent(type, Optional.of(new UserId(UUID.randomUUID())), qualifier, Instant.now()), origin);
            return null;
        });
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
             Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
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
