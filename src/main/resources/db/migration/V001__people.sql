-- People, departments and company values: the organisation every feature stands on.

CREATE TABLE department (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    parent_id   BIGINT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_department_name UNIQUE (name),
    CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id),
    INDEX ix_department_parent (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    display_name   VARCHAR(120) NOT NULL,
    job_title      VARCHAR(120) NULL,
    department_id  BIGINT NULL,
    manager_id     BIGINT NULL,
    hire_date      DATE NULL,
    active         BOOLEAN NOT NULL DEFAULT TRUE,
    password_hash  VARCHAR(255) NULL,
    language       VARCHAR(8) NOT NULL DEFAULT 'en',
    theme          VARCHAR(8) NOT NULL DEFAULT 'light',
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version        INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_email UNIQUE (email),
    CONSTRAINT fk_person_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_person_manager FOREIGN KEY (manager_id) REFERENCES person (id),
    INDEX ix_person_department (department_id),
    INDEX ix_person_manager (manager_id),
    INDEX ix_person_name (display_name),
    INDEX ix_person_active_name (active, display_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person_role (
    person_id  BIGINT NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE company_value (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(60) NOT NULL,
    description  VARCHAR(400) NOT NULL,
    position     INT NOT NULL DEFAULT 0,
    active       BOOLEAN NOT NULL DEFAULT TRUE,
    version      INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_company_value_name UNIQUE (name),
    INDEX ix_company_value_position (active, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
