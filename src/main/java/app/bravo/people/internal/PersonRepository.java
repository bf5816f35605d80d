package app.bravo.people.internal;

import app.bravo.people.Person;
import app.bravo.people.PersonSummary;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(p) > 0 from Person p join p.roles r where r = :role and p.active = true")
    boolean anyActiveWithRole(app.bravo.security.Role role);

    /** The directory: by name or e-mail, optionally one department, active people unless asked otherwise. */
    @Query("""
            select new app.bravo.people.PersonSummary(p.id, p.displayName, p.email, p.jobTitle, d.name, p.active, p.photoKey)
            from Person p left join p.department d
            where (:text = '' or p.displayName like :like or p.email like :like)
              and (:departmentId is null or d.id = :departmentId)
              and (:includeInactive = true or p.active = true)
            order by p.displayName, p.id""")
    Slice<PersonSummary> search(String text, String like, @Nullable Long departmentId, boolean includeInactive, Pageable page);

    @Query("""
            select new app.bravo.people.PersonSummary(p.id, p.displayName, p.email, p.jobTitle, d.name, p.active, p.photoKey)
            from Person p left join p.department d
            where p.manager.id = :managerId and p.active = true
            order by p.displayName""")
    List<PersonSummary> directReports(long managerId);

    @Query("""
            select new app.bravo.people.PersonSummary(p.id, p.displayName, p.email, p.jobTitle, d.name, p.active, p.photoKey)
            from Person p left join p.department d
            where p.active = true and p.hireDate >= :since
            order by p.hireDate desc, p.displayName""")
    List<PersonSummary> hiredSince(LocalDate since, Pageable page);

    @Query("""
            select p from Person p left join fetch p.department
            where p.active = true and p.hireDate is not null and month(p.hireDate) = :month and p.hireDate < :before
            order by day(p.hireDate), p.displayName""")
    List<Person> anniversariesIn(int month, LocalDate before, Pageable page);

    @Query("select p.department.id, count(p) from Person p where p.active = true and p.department is not null group by p.department.id")
    List<Object[]> countByDepartment();

    @Query("select p.email, p.id from Person p where p.email in :emails and p.active = true")
    List<Object[]> activeIdsByEmail(Collection<String> emails);

    @Query("select p.id, p.displayName from Person p where p.id in :ids")
    List<Object[]> displayNames(Collection<Long> ids);

    @Query("select p.id from Person p where p.id in :ids and p.active = true")
    List<Long> activeAmong(Collection<Long> ids);

    List<Person> findByEmailEndingWith(String suffix);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Person p set p.manager = null where p.manager.id in :ids")
    int clearManager(Collection<Long> ids);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Person p where p.id in :ids")
    int deleteAllByIdIn(Collection<Long> ids);
}
