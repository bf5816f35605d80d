package app.bravo.people.internal;

import app.bravo.people.Department;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByName(String name);

    @Query("select count(d) > 0 from Department d where d.parent.id = :id")
    boolean hasChildren(long id);

    @Query("select count(p) > 0 from Person p where p.department.id = :id")
    boolean hasPeople(long id);
}
