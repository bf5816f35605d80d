package app.bravo.recognition;

/** A department's own monthly allowance; its sub-departments without one of their own inherit it. */
public record DepartmentAllowance(long departmentId, String departmentName, int allowance) {
}
