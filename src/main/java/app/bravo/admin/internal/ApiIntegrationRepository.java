package app.bravo.admin.internal;

import app.bravo.admin.ApiIntegration;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiIntegrationRepository extends JpaRepository<ApiIntegration, Long> {
}
