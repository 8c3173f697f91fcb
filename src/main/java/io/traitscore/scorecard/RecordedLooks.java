package io.traitscore.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first looks this instance knows are stored, so that a reader's hundredth look at a profile costs
 * no insert. Only a first look is ever stored and a stored one is never removed while its candidate can
 * still be read, so remembering "already stored" is exact; a look is remembered only once its
 * transaction has committed. Another instance simply stores (or skips, by the insert's own check) again.
 */
@ApplicationScoped
public class RecordedLooks {

    private final Set<Look> known = ConcurrentHashMap.newKeySet();
    private final int limit;
    private final TransactionSynchronizationRegistry transactions;

    record Look(long userId, long candidateId) {
    }

    RecordedLooks(TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "traitscore.feedback-views.remembered", defaultValue = "100000") int limit) {
        this.transactions = transactions;
        this.limit = limit;
    }

    /** The candidates whose look by this user is not known to be stored yet. */
    List<Long> notYetKnown(long userId, Collection<Long> candidateIds) {
        return candidateIds.stream().filter(id -> !known.contains(new Look(userId, id))).toList();
    }

    /** Remembers the looks once the current transaction commits (a rolled-back insert stored nothing). */
    void storedOnCommit(long userId, Collection<Long> candidateIds) {
        List<Look> looks = candidateIds.stream().map(id -> new Look(userId, id)).toList();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    if (known.size() + looks.size() > limit) {
                        known.clear(); // forgetting only costs an insert that finds the look already stored
                    }
                    known.addAll(looks);
                }
            }
        });
    }
}
