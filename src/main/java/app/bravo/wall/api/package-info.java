/**
 * The wall's REST API under {@code /api/v1}: feedback intake for integrations and the published
 * wall, authenticated by API tokens (see {@code app.bravo.admin.ApiSecurityConfig}); errors are RFC
 * 9457 problem details.
 */
@NullMarked
package app.bravo.wall.api;

import org.jspecify.annotations.NullMarked;
