package app.bravo.people.internal;

import app.bravo.people.CompanyValue;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CompanyValueRepository extends JpaRepository<CompanyValue, Long> {

    List<CompanyValue> findAllByOrderByPositionAscNameAsc();

    Optional<CompanyValue> findByName(String name);

    Optional<CompanyValue> findByNameFa(String nameFa);
}
