/** Demo mode: the seeded company and the demo logins. Owns no table; writes through the features' services. */
@NullMarked
package app.bravo.demo;

import org.jspecify.annotations.NullMarked;
