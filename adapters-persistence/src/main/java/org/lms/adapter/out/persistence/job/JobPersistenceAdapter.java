package org.lms.adapter.out.persistence.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.JobView;
import org.lms.application.port.out.EnqueueJobPort;
import org.lms.application.port.out.JobQueuePort;
import org.lms.application.port.out.JobQueueStatistics;
import org.lms.application.port.out.MeasureJobQueuePort;
import org.lms.application.port.out.QueryJobsPort;
import org.lms.domain.job.Job;
import org.lms.domain.job.JobId;
import org.lms.domain.job.JobNotFoundException;
import org.lms.domain.job.JobState;
import org.lms.domain.job.JobType;
import org.lms.domain.job.StaleJobVersionException;

/** Jobs in the {@code job} table. Runs inside the caller's transaction. */
@ApplicationScoped
public class JobPersistenceAdapter implements EnqueueJobPort, JobQueuePort, QueryJobsPort, MeasureJobQueuePort {

    /**
     * Inserting through the unique (type, idempotency_key) constraint without failing: a plain insert
     * of a duplicate would abort the caller's whole PostgreSQL transaction, and with it the change
     * the job belongs to. Both PostgreSQL and H2 (PostgreSQL mode) accept this form.
     */
    private static final String INSERT_UNLESS_ENQUEUED = "INSERT INTO job"
            + " (id, type, idempotency_key, payload, state, attempts, max_attempts, run_after, created_at,"
            + " updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?7, ?8, ?8, 0) ON CONFLICT DO NOTHING";

    /**
     * Due jobs and jobs whose lease expired, oldest due first, locked for this transaction. SKIP
     * LOCKED passes over rows another claimer holds, so concurrent claimers never wait for each
     * other nor take the same job. H2 2.2 (WildFly's) accepts the same clause, so one statement
     * serves both databases.
     */
    private static final String LOCK_CLAIMABLE = "SELECT id FROM job"
            + " WHERE (state = 'PENDING' AND run_after <= ?1) OR (state = 'RUNNING' AND locked_until < ?1)"
            + " ORDER BY run_after LIMIT ?2 FOR UPDATE SKIP LOCKED";

    private static final List<JobState> QUEUED_STATES = List.of(JobState.PENDING, JobState.RUNNING, JobState.DEAD);

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected JobPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public JobPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void enqueue(Job job) {
        em.createNativeQuery(INSERT_UNLESS_ENQUEUED)
                .setParameter(1, job.id().value())
                .setParameter(2, job.type().name())
                .setParameter(3, job.idempotencyKey())
                .setParameter(4, job.payload())
                .setParameter(5, job.state().name())
                .setParameter(6, job.maxAttempts())
                .setParameter(7, job.runAfter().atOffset(ZoneOffset.UTC))
                .setParameter(8, job.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public List<Job> claimDue(String worker, Instant now, Duration lease, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(LOCK_CLAIMABLE)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<UUID> locked = ids.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .toList();
        List<JobJpaEntity> rows = em.createQuery("select j from JobJpaEntity j where j.id in :ids", JobJpaEntity.class)
                .setParameter("ids", locked)
                .getResultList();
        Instant leaseUntil = now.plus(lease);
        List<Job> claimed = rows.stream().sorted(Comparator.comparing(row -> row.runAfter)).map(row -> {
            Job job = JobPersistenceMapper.toDomain(row);
            job.claim(worker, now, leaseUntil);
            JobPersistenceMapper.copyChangeableState(job, row);
            return job;
        }).toList();
        em.flush();
        return claimed.stream().map(job -> JobPersistenceMapper.toDomain(em.find(JobJpaEntity.class, job.id().value())))
                .toList();
    }

    @Override
    public Optional<Job> loadJob(JobId id) {
        return Optional.ofNullable(em.find(JobJpaEntity.class, id.value())).map(JobPersistenceMapper::toDomain);
    }

    @Override
    public Job updateJob(Job job) {
        JobJpaEntity row = Optional.ofNullable(em.find(JobJpaEntity.class, job.id().value()))
                .orElseThrow(() -> new JobNotFoundException(job.id()));
        if (row.version != job.version()) {
            throw new StaleJobVersionException(job.id());
        }
        JobPersistenceMapper.copyChangeableState(job, row);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleJobVersionException(job.id());
        }
        return JobPersistenceMapper.toDomain(row);
    }

    @Override
    public int deleteSucceededBefore(Instant before) {
        return em.createQuery("delete from JobJpaEntity j where j.state = :state and j.updatedAt < :before")
                .setParameter("state", JobState.SUCCEEDED)
                .setParameter("before", before)
                .executeUpdate();
    }

    @Override
    public Page<JobView> listJobs(Optional<JobState> state, PageRequest page) {
        String where = state.isPresent() ? " where j.state = :state" : "";
        var items = em.createQuery("select j from JobJpaEntity j" + where + " order by j.updatedAt desc, j.id",
                JobJpaEntity.class);
        var total = em.createQuery("select count(j) from JobJpaEntity j" + where, Long.class);
        state.ifPresent(s -> {
            items.setParameter("state", s);
            total.setParameter("state", s);
        });
        List<JobView> slice = items.setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultStream().map(JobPersistenceMapper::toView).toList();
        return new Page<>(slice, total.getSingleResult(), page.offset(), page.limit());
    }

    /** Two grouped queries on the (state, type) and (state, run_after) indexes; succeeded jobs are never scanned. */
    @Override
    public JobQueueStatistics measureQueue(Instant now) {
        Map<JobType, Map<JobState, Long>> depth = new EnumMap<>(JobType.class);
        em.createQuery("select j.type, j.state, count(j) from JobJpaEntity j where j.state in :states"
                        + " group by j.type, j.state", Object[].class)
                .setParameter("states", QUEUED_STATES)
                .getResultStream()
                .forEach(row -> depth.computeIfAbsent((JobType) row[0], t -> new EnumMap<>(JobState.class))
                        .put((JobState) row[1], (Long) row[2]));
        Map<JobType, Duration> oldest = new EnumMap<>(JobType.class);
        em.createQuery("select j.type, min(j.runAfter) from JobJpaEntity j where j.state = :state"
                        + " and j.runAfter <= :now group by j.type", Object[].class)
                .setParameter("state", JobState.PENDING)
                .setParameter("now", now)
                .getResultStream()
                .forEach(row -> oldest.put((JobType) row[0], Duration.between((Instant) row[1], now)));
        return new JobQueueStatistics(now, depth, oldest);
    }
}
