package app.bravo.admin.internal;

import app.bravo.admin.ApiToken;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findBySecretTokenHash(String tokenHash);

    Slice<ApiToken> findAllByOrderBySecretCreatedAtDescIdDesc(Pageable page);

    /** Notes a use, at most once a minute per token, without loading or versioning the row. */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :now
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)""")
    int touch(long id, Instant now, Instant staleBefore);
}
