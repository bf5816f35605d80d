package app.bravo.wall.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<NoteComment, Long> {

    /** A note's first comments, oldest first (index ix_note_comment_note); hidden ones only when asked for. */
    @Query("""
            select c from NoteComment c
            where c.noteId = :noteId and (:withHidden = true or c.hidden = false)
            order by c.createdAt, c.id""")
    List<NoteComment> findFirstForNote(@Param("noteId") long noteId, @Param("withHidden") boolean withHidden, Limit limit);

    /** A note's comments just after the one written at {@code at} with id {@code id}, oldest first (a keyset, never an offset). */
    @Query("""
            select c from NoteComment c
            where c.noteId = :noteId and (:withHidden = true or c.hidden = false)
              and (c.createdAt > :at or (c.createdAt = :at and c.id > :id))
            order by c.createdAt, c.id""")
    List<NoteComment> findForNoteAfter(@Param("noteId") long noteId, @Param("withHidden") boolean withHidden,
            @Param("at") Instant at, @Param("id") long id, Limit limit);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from NoteComment c where c.authorId in :authors")
    int deleteByAuthorIdIn(@Param("authors") java.util.Collection<Long> authors);
}
