package app.bravo.demo;

import java.util.List;

/**
 * One feature's part of the demo company, and the extension point for later features' demo data:
 * a Spring bean in this package, ordered with {@code @Order} (people first, then what refers to
 * them). {@link DemoMode} runs every seeder at start-up: {@link #seed} while demo mode is on,
 * {@link #close} while it is off, and {@link #remove} (in reverse order) when asked to remove the
 * demo company. Each runs as the "system" administrator.
 */
interface DemoSeeder {

    /** Adds what is missing, so that a restart adds nothing twice, and opens again what {@link #close} shut. */
    void seed();

    /**
     * Demo mode is off: shuts whatever lets someone in with a secret printed in the README (demo
     * logins, the demo token, the demo screen), keeping the data. Returns one line per thing shut,
     * none when nothing was open.
     */
    List<String> close();

    /**
     * Removes everything this seeder added, and what the demo people made with it since (their
     * notes, comments, reactions, ...), so that the live company starts clean. Runs after
     * {@link #close}, later seeders first. Returns a line for the log.
     */
    String remove();
}
