package io.traitscore.coordination;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * Start-up work that must happen once however many instances start together (the question-bank import,
 * the demo data, any future seeding) runs while holding one database row lock. A second instance waits
 * on the lock, then sees what the first committed and finds nothing left to do. The row lock works the
 * same on PostgreSQL and on H2, and is released when the transaction ends, also if the instance dies.
 */
@ApplicationScoped
public class StartupLock {

    static final String LOCK_ROW = "start-up";

    private final EntityManager entityManager;

    StartupLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Runs the work in a new transaction that first takes the start-up lock; the work's own
     * {@code @Transactional} methods join it, so what it writes is committed before the lock is released.
     */
    public <T> T holding(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("select name from startup_lock where name = ?1 for update")
                    .setParameter(1, LOCK_ROW).getResultList();
            return work.get();
        });
    }

    public void holding(Runnable work) {
        holding(() -> {
            work.run();
            return null;
        });
    }
}
