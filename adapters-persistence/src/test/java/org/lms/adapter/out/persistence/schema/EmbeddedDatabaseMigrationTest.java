package org.lms.adapter.out.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The embedded default runs the production migrations on WildFly's H2 in PostgreSQL mode (the
 * datasource URL of ops/wildfly/configure.cli); a statement H2 refuses would stop the README's run
 * command, so every migration is applied here, and every reporting view is read.
 */
class EmbeddedDatabaseMigrationTest {

    private static final String URL = "jdbc:h2:mem:lms-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final List<String> REPORTING_VIEWS = List.of("report_course_progress", "report_student_progress",
            "report_engagement", "report_instructor_workload", "report_quiz_performance",
            "report_quiz_attempts_awaiting_review", "report_student_quiz_results");

    @Test
    void everyMigrationRunsOnH2AndTheReportingViewsAnswer() throws Exception {
        Flyway flyway = Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration")
                .failOnMissingLocations(true).load();
        MigrateResult result = flyway.migrate();
        MigrationInfo[] all = flyway.info().all();
        assertThat(result.migrationsExecuted).isEqualTo(all.length).isPositive();
        assertThat(flyway.info().current().getVersion()).isEqualTo(all[all.length - 1].getVersion());
        assertThat(flyway.info().pending()).isEmpty();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "sa");
             Statement sql = connection.createStatement()) {
            for (String view : REPORTING_VIEWS) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + view)) {
                    assertThat(rows.next()).as(view).isTrue();
                    assertThat(rows.getLong(1)).as(view + " on an empty database").isZero();
                }
            }
        }
    }
}
