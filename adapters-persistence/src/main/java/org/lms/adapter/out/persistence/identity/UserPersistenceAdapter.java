package org.lms.adapter.out.persistence.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import org.lms.adapter.out.persistence.SqlFailures;
import org.lms.adapter.out.security.TotpSecretCipher;
import org.lms.application.port.out.LoadUserPort;
import org.lms.application.port.out.SaveUserPort;
import org.lms.domain.identity.EmailAddress;
import org.lms.domain.identity.EmailTakenException;
import org.lms.domain.identity.UserAccount;
import org.lms.domain.identity.UserId;
import org.lms.domain.identity.UserNotFoundException;
import org.lms.domain.shared.ConflictException;

/** Accounts in the {@code users} table, through JPA, inside the caller's transaction. */
@ApplicationScoped
public class UserPersistenceAdapter implements LoadUserPort, SaveUserPort {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    @Inject
    TotpSecretCipher totp;

    protected UserPersistenceAdapter() {
    }

    /** For tests outside the container. */
    public UserPersistenceAdapter(EntityManager em, TotpSecretCipher totp) {
        this.em = em;
        this.totp = totp;
    }

    @Override
    public Optional<UserAccount> loadUser(UserId id) {
        return Optional.ofNullable(em.find(UserJpaEntity.class, id.value())).map(this::toDomain);
    }

    @Override
    public Optional<UserAccount> loadUserByEmail(EmailAddress email) {
        return em.createQuery("select u from UserJpaEntity u where u.email = :email", UserJpaEntity.class)
                .setParameter("email", email.value())
                .getResultStream()
                .findFirst()
                .map(this::toDomain);
    }

    @Override
    public boolean anyAdminExists() {
        return !em.createQuery("select u.id from UserJpaEntity u where u.roles like :admin", Object.class)
                .setParameter("admin", "%ADMIN%")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public UserAccount insertUser(UserAccount user) {
        UserJpaEntity row = UserPersistenceMapper.toNewEntity(user, totp);
        try {
            em.persist(row);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                throw new EmailTakenException();
            }
            throw e;
        }
        return toDomain(row);
    }

    @Override
    public UserAccount updateUser(UserAccount user) {
        UserJpaEntity row = em.find(UserJpaEntity.class, user.id().value());
        if (row == null) {
            throw new UserNotFoundException(user.id());
        }
        if (row.version != user.version()) {
            throw staleVersion();
        }
        UserPersistenceMapper.copyChangeableState(user, row, totp);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw staleVersion();
        }
        return toDomain(row);
    }

    private UserAccount toDomain(UserJpaEntity row) {
        return UserPersistenceMapper.toDomain(row, totp);
    }

    private static ConflictException staleVersion() {
        return new ConflictException("user-changed", "The account was changed at the same time; try again");
    }
}
