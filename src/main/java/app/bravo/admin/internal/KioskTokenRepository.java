package app.bravo.admin.internal;

import app.bravo.admin.KioskToken;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface KioskTokenRepository extends JpaRepository<KioskToken, Long> {

    Optional<KioskToken> findBySecretTokenHash(String tokenHash);

    Slice<KioskToken> findAllByOrderBySecretCreatedAtDescIdDesc(Pageable page);

    /** Notes that a screen is alive, at most once a minute per token, without loading or versioning the row. */
    @Modifying
    @Query("""
            update KioskToken t set t.lastSeenAt = :now
            where t.id = :id and (t.lastSeenAt is null or t.lastSeenAt < :staleBefore)""")
    int touch(long id, Instant now, Instant staleBefore);
}
