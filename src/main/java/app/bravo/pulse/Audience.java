package app.bravo.pulse;

import java.util.Set;

/**
 * Who a survey asks: people in the chosen departments or any of their sub-departments (none chosen:
 * every department, and people in none) and with a tenure in one of the chosen bands (none: any).
 */
public record Audience(Set<Long> departmentIds, Set<TenureBand> tenureBands) {

    public static final Audience EVERYONE = new Audience(Set.of(), Set.of());

    public Audience {
        departmentIds = Set.copyOf(departmentIds);
        tenureBands = Set.copyOf(tenureBands);
    }

    public boolean everyone() {
        return departmentIds.isEmpty() && tenureBands.isEmpty();
    }
}
