/**
 * Demo mode: the seeded company and the demo logins, token and screen. Owns no table; writes through
 * the features' services. Each part is a {@link app.bravo.demo.DemoSeeder} that seeds it while demo
 * mode is on, closes its secrets while it is off and removes it on request ({@code DemoMode}).
 */
@NullMarked
package app.bravo.demo;

import org.jspecify.annotations.NullMarked;
