/** The administration views that belong to no single feature: the audit log, and API and office-screen tokens. */
@NullMarked
package app.bravo.admin.ui;

import org.jspecify.annotations.NullMarked;
