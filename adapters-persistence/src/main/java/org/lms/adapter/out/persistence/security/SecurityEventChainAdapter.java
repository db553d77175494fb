package org.lms.adapter.out.persistence.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.lms.application.common.Page;
import org.lms.application.common.PageRequest;
import org.lms.application.port.in.ChainVerification;
import org.lms.application.port.in.ReviewSecurityEventsUseCase.SecurityEventQuery;
import org.lms.application.port.in.SecurityEventView;
import org.lms.application.port.out.RequestOriginPort.RequestOrigin;
import org.lms.application.port.out.SecurityEventPort.SecurityEvent;
import org.lms.application.port.out.SecurityEventStorePort;

/**
 * Appends to the chain under a lock on its head row, so concurrent appends from any number of
 * servers line up into one chain; verification re-computes every hash in id order.
 */
@ApplicationScoped
public class SecurityEventChainAdapter implements SecurityEventStorePort {

    private static final int VERIFY_BATCH = 500;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    protected SecurityEventChainAdapter() {
    }

    /** For tests outside the container. */
    public SecurityEventChainAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void append(SecurityEvent event, RequestOrigin origin) {
        SecurityEventChainJpaEntity head = em.find(SecurityEventChainJpaEntity.class, SecurityEventChainJpaEntity.ID,
                LockModeType.PESSIMISTIC_WRITE);
        SecurityEventJpaEntity row = SecurityEventMapper.toRow(head.lastId + 1, event, origin, head.lastHash);
        em.persist(row);
        head.lastId = row.id;
        head.lastHash = row.hash;
    }

    @Override
    public Page<SecurityEventView> find(SecurityEventQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        query.type().ifPresent(type -> where.append(" and e.type = :type"));
        query.since().ifPresent(since -> where.append(" and e.occurredAt >= :since"));
        query.until().ifPresent(until -> where.append(" and e.occurredAt < :until"));
        TypedQuery<SecurityEventJpaEntity> rows = bind(em.createQuery(
                "select e from SecurityEventJpaEntity e" + where + " order by e.id desc", SecurityEventJpaEntity.class), query);
        TypedQuery<Long> count = bind(em.createQuery("select count(e) from SecurityEventJpaEntity e" + where, Long.class), query);
        List<SecurityEventView> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                .stream().map(SecurityEventMapper::toView).toList();
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    /**
     * Walks the chain from the first row: each row must name the hash of the one before and hash
     * to its own; the head, read first, must name the last row. Rows are read in batches and let go after.
     */
    @Override
    public ChainVerification verify() {
        // The head first: rows appended while the walk goes on lie beyond it and wait for the next check.
        SecurityEventChainJpaEntity head = em.find(SecurityEventChainJpaEntity.class, SecurityEventChainJpaEntity.ID);
        long headId = head.lastId;
        String headHash = head.lastHash;
        String expectedPrev = SecurityEventHashes.GENESIS;
        long lastId = 0;
        long checked = 0;
        while (true) {
            List<SecurityEventJpaEntity> batch = em.createQuery(
                            "select e from SecurityEventJpaEntity e where e.id > :after and e.id <= :head order by e.id",
                            SecurityEventJpaEntity.class)
                    .setParameter("after", lastId).setParameter("head", headId).setMaxResults(VERIFY_BATCH).getResultList();
            for (SecurityEventJpaEntity row : batch) {
                if (!row.prevHash.equals(expectedPrev) || !SecurityEventHashes.hash(row).equals(row.hash)) {
                    return new ChainVerification(checked, Optional.of(row.id));
                }
                expectedPrev = row.hash;
                lastId = row.id;
                checked++;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (headId != lastId || !headHash.equals(expectedPrev)) {
            // Rows at the end were removed (or the head was rewound): the first missing one is broken.
            return new ChainVerification(checked, Optional.of(lastId + 1));
        }
        return new ChainVerification(checked, Optional.empty());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, SecurityEventQuery filter) {
        filter.type().ifPresent(type -> query.setParameter("type", type));
        filter.since().ifPresent(since -> query.setParameter("since", since));
        filter.until().ifPresent(until -> query.setParameter("until", until));
        return query;
    }
}
