package app.bravo.inbox.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** A person's messages by keyset on the id (index person_id, id), and the conditional updates that read them. */
public interface InboxRepository extends JpaRepository<InboxMessage, Long> {

    List<InboxMessage> findByPersonIdOrderByIdDesc(long personId, Limit limit);

    List<InboxMessage> findByPersonIdAndIdLessThanOrderByIdDesc(long personId, long beforeId, Limit limit);

    long countByPersonIdAndReadAtIsNull(long personId);

    /** Marks one message read if it is this person's and still unread; 0 otherwise. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InboxMessage m set m.readAt = :now where m.id = :id and m.personId = :personId and m.readAt is null")
    int markRead(long personId, long id, Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InboxMessage m set m.readAt = :now where m.personId = :personId and m.readAt is null")
    int markAllRead(long personId, Instant now);
}
