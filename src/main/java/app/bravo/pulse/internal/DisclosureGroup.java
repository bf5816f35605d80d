package app.bravo.pulse.internal;

import org.jspecify.annotations.Nullable;

/**
 * A group whose results the app can show: everyone ({@link #ALL}), a department with its
 * sub-departments, a tenure band, or a department crossed with a band. A null department means the
 * whole company, a null band every band.
 */
public record DisclosureGroup(@Nullable Long departmentId, @Nullable String band) {

    public static final DisclosureGroup ALL = new DisclosureGroup(null, null);

    public static DisclosureGroup department(long departmentId) {
        return new DisclosureGroup(departmentId, null);
    }

    public static DisclosureGroup band(String band) {
        return new DisclosureGroup(null, band);
    }

    public static DisclosureGroup crossing(long departmentId, String band) {
        return new DisclosureGroup(departmentId, band);
    }
}
