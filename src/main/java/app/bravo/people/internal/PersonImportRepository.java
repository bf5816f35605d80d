package app.bravo.people.internal;

import app.bravo.people.Person;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The bulk look-ups of the CSV import: many people by e-mail in one query, roles included. */
public interface PersonImportRepository extends Repository<Person, Long> {

    @Query("select distinct p from Person p left join fetch p.roles where p.email in :emails")
    List<Person> findAllByEmail(Collection<String> emails);

    @Query("select p.email from Person p where p.email in :emails")
    List<String> existingEmails(Collection<String> emails);
}
