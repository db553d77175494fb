package org.lms.adapter.out.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.function.Function;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate on a fresh {@link TestDatabase}, as WildFly runs it (UTC timestamps, mappings validated
 * against the migrated schema), with one transaction per unit of test work.
 */
public final class TestPersistence implements AutoCloseable {

    /** Enough connections for the concurrency tests, which hold one per thread. */
    private static final int POOL_SIZE = 20;

    private final String url;
    private final EntityManagerFactory emf;

    private TestPersistence(String url, EntityManagerFactory emf) {
        this.url = url;
        this.emf = emf;
    }

    /** Recreates the database {@code suffix} (see {@link TestDatabase#recreate}) and maps {@code entities}. */
    public static TestPersistence open(String suffix, Class<?>... entities) throws SQLException {
        String url = TestDatabase.recreate(suffix);
        Configuration configuration = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", TestDatabase.USER)
                .setProperty("hibernate.connection.password", TestDatabase.PASSWORD)
                .setProperty("hibernate.connection.pool_size", String.valueOf(POOL_SIZE))
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.jdbc.time_zone", "UTC");
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return new TestPersistence(url, configuration.buildSessionFactory());
    }

    /** The database's JDBC URL, for tests that write rows past the mappings. */
    public String url() {
        return url;
    }

    /** Runs {@code work} in its own transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
