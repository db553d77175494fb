package org.lms.adapter.out.persistence.engagement;

import static org.lms.adapter.out.persistence.NativeValues.count;
import static org.lms.adapter.out.persistence.NativeValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.lms.application.port.out.QueryWorkloadPort;
import org.lms.domain.identity.UserId;

/** One row of the {@code report_instructor_workload} view, so the API and dashboards count alike. */
@ApplicationScoped
public class WorkloadPersistenceAdapter implements QueryWorkloadPort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected WorkloadPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public WorkloadPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Workload findWorkload(UserId instructorId) {
        List<?> rows = em.createNativeQuery("SELECT courses_taught, active_students, submissions_awaiting_grading,"
                        + " oldest_submission_at, quiz_attempts_to_review, oldest_quiz_attempt_at"
                        + " FROM report_instructor_workload WHERE instructor_id = ?1")
                .setParameter(1, instructorId.value()).getResultList();
        if (rows.isEmpty()) {
            return new Workload(0, 0, 0, Optional.empty(), 0, Optional.empty());
        }
        Object[] c = (Object[]) rows.get(0);
        return new Workload(count(c[0]), count(c[1]), count(c[2]), Optional.ofNullable(c[3]).map(at -> instant(at)),
                count(c[4]), Optional.ofNullable(c[5]).map(at -> instant(at)));
    }
}
