package org.lms.adapter.out.persistence.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.adapter.out.persistence.TestPersistence;
import org.lms.application.common.PageRequest;
import org.lms.domain.certificate.Certificate;
import org.lms.domain.certificate.CertificateStatus;
import org.lms.domain.course.CourseId;
import org.lms.domain.identity.Actor;
import org.lms.domain.identity.Role;
import org.lms.domain.identity.UserId;
import org.lms.domain.identity.DisplayName;

/** The certificate adapter against a real PostgreSQL with the production migrations. */
class CertificatePersistenceAdapterIT {

    private static TestPersistence db;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final SecureRandom random = new SecureRandom();

    @BeforeAll
    static void database() throws Exception {
        db = TestPersistence.open("certificate_adapter");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private <T> T inTransaction(Function<CertificatePersistenceAdapter, T> work) {
        return db.inTransaction(em -> work.apply(new CertificatePersistenceAdapter(em)));
    }

    private CourseId course() {
        CourseId id = new CourseId(UUID.randomUUID());
        inTransaction(adapter -> adapter.em.createNativeQuery("INSERT INTO course (id, code, title, description,"
                        + " instructor_id, status, created_at, updated_at, published_at, version)"
                        + " VALUES (?1, ?2, 'Title', '', ?3, 'PUBLISHED', ?4, ?4, ?4, 0)")
                .setParameter(1, id.value()).setParameter(2, "C-" + id.value().toString().substring(0, 8))
                .setParameter(3, UUID.randomUUID()).setParameter(4, now.atOffset(ZoneOffset.UTC)).executeUpdate());
        return id;
    }

    private Certificate issue(CourseId course, UserId student) {
        return Certificate.issue(course, student, new DisplayName("Ada Lovelace"), "Algorithms", random, now);
    }

    @Test
    void storedCertificateLoadsBackByCodeAndRecordsItsRevocation() {
        UserId student = new UserId(UUID.randomUUID());
        Certificate certificate = issue(course(), student);
        boolean stored = inTransaction(adapter -> adapter.insertCertificateIfAbsent(certificate));
        assertThat(stored).isTrue();

        Certificate loaded = inTransaction(adapter -> adapter.loadCertificate(certificate.code())).orElseThrow();
        assertThat(loaded.id()).isEqualTo(certificate.id());
        assertThat(loaded.studentId()).isEqualTo(student);
        assertThat(loaded.issuedAt()).isEqualTo(now);
        assertThat(loaded.status()).isEqualTo(CertificateStatus.VALID);

        loaded.revoke(Actor.user(new UserId(UUID.randomUUID()), Set.of(Role.ADMIN)), "Issued in error",
                now.plusSeconds(5));
        inTransaction(adapter -> {
            adapter.updateCertificate(loaded);
            return null;
        });
        Certificate revoked = inTransaction(adapter -> adapter.loadCertificate(certificate.code())).orElseThrow();
        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revocationReason()).contains("Issued in error");
        assertThat(inTransaction(adapter -> adapter.listCertificates(student, new PageRequest(0, 10))).items())
                .extracting(Certificate::code).containsExactly(certificate.code());
    }

    @Test
    void twoParallelIssuersStoreOneCertificate() throws Exception {
        CourseId course = course();
        UserId student = new UserId(UUID.randomUUID());
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(
                    () -> inTransaction(adapter -> insertAfter(bothStarted, adapter, issue(course, student))),
                    () -> inTransaction(adapter -> insertAfter(bothStarted, adapter, issue(course, student)))),
                    30, TimeUnit.SECONDS);
            assertThat(List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(inTransaction(adapter -> adapter.listCertificates(student, new PageRequest(0, 10))).total())
                .isEqualTo(1);
    }

    private static boolean insertAfter(CyclicBarrier barrier, CertificatePersistenceAdapter adapter,
                                       Certificate certificate) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return adapter.insertCertificateIfAbsent(certificate);
    }

    @Test
    void unknownCodeFindsNothing() {
        Certificate neverStored = issue(course(), new UserId(UUID.randomUUID()));
        Optional<Certificate> found = inTransaction(adapter -> adapter.loadCertificate(neverStored.code()));
        assertThat(found).isEmpty();
    }
}
