package app.bravo.wall.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommentRepository extends JpaRepository<NoteComment, Long> {

    /** A note's comments, oldest first (index ix_note_comment_note); hidden ones only when asked for. */
    @Query("""
            select c from NoteComment c
            where c.noteId = :noteId and (:withHidden = true or c.hidden = false)
            order by c.createdAt, c.id""")
    Slice<NoteComment> findForNote(@Param("noteId") long noteId, @Param("withHidden") boolean withHidden, Pageable page);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from NoteComment c where c.authorId in :authors")
    int deleteByAuthorIdIn(@Param("authors") java.util.Collection<Long> authors);
}
