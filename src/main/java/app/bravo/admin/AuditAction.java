package app.bravo.admin;

/** The kinds of privileged action the audit log records. */
public enum AuditAction {
    PERSON_CREATED,
    PERSON_UPDATED,
    ROLES_CHANGED,
    PERSON_DEACTIVATED,
    PERSON_REACTIVATED,
    PASSWORD_SET,
    PEOPLE_IMPORTED,
    DEPARTMENT_CREATED,
    DEPARTMENT_UPDATED,
    DEPARTMENT_DELETED,
    VALUE_CREATED,
    VALUE_UPDATED
}
