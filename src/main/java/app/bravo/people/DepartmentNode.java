package app.bravo.people;

import org.jspecify.annotations.Nullable;

/** A department in the tree, with how many active people belong to it directly. */
public record DepartmentNode(long id, String name, @Nullable Long parentId, long people) {
}
