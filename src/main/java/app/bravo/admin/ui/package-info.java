/** The administration views that belong to no single feature: API and office-screen tokens, and the company calendar. */
@NullMarked
package app.bravo.admin.ui;

import org.jspecify.annotations.NullMarked;
