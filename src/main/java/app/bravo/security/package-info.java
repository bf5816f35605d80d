/**
 * Sign-in and authorisation: the one security chain, the roles and their expressions, the
 * signed-in person, password rules, sign-in throttling and the ending of a deactivated person's
 * sessions. The accounts themselves live in {@code people}.
 */
@NullMarked
package app.bravo.security;

import org.jspecify.annotations.NullMarked;
