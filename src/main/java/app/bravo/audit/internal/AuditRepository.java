package app.bravo.audit.internal;

import app.bravo.audit.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:action is null or e.action = :action)
              and (e.actor like :text or e.details like :text or e.targetId like :text
                   or e.subject like :text or e.params like :text)
            order by e.occurredAt desc, e.id desc""")
    Slice<AuditEntry> search(@Nullable String action, String text, Pageable page);
}
