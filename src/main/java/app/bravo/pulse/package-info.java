/**
 * Pulse surveys (DESIGN section 2.4, issue 14): HR builds surveys from scratch or from the shipped
 * templates and schedules them; each occurrence is a round that opens and closes by the company
 * calendar; employees answer each round once, anonymously. It owns the tables of V025. The answer
 * tables hold no person, no time and no key that follows the order of submission; only
 * {@code pulse_participation} says who has answered, and nothing joins the two.
 */
@NullMarked
package app.bravo.pulse;

import org.jspecify.annotations.NullMarked;
