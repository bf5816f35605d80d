package app.bravo.recognition;

import app.bravo.people.PersonSummary;

/**
 * One place on a leaderboard: the rank (people with the same figures share it, as in 1, 2, 2, 4),
 * the person, how many kudos they received or gave, and the points that came with them.
 */
public record LeaderboardEntry(int rank, PersonSummary person, long kudos, long points) {
}
