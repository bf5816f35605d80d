/**
 * Recognition's REST API under {@code /api/v1}: the public recognition feed for API tokens with the
 * recognition scope (see {@code app.bravo.admin.ApiSecurityConfig}); errors are RFC 9457 problem details.
 */
@NullMarked
package app.bravo.recognition.api;

import org.jspecify.annotations.NullMarked;
