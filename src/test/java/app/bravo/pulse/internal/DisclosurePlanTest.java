package app.bravo.pulse.internal;

import app.bravo.shared.UserError;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static app.bravo.pulse.internal.DisclosureGroup.ALL;
import static app.bravo.pulse.internal.DisclosureGroup.band;
import static app.bravo.pulse.internal.DisclosureGroup.crossing;
import static app.bravo.pulse.internal.DisclosureGroup.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The disclosure engine against hand-made attacks and a brute-forcing attacker on random rounds (DD020). */
class DisclosurePlanTest {

    private static final String ANY = "any";

    private static UserError refusal(Runnable call) {
        try {
            call.run();
        } catch (UserError e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void every_threshold_a_survey_may_have_is_one_the_engine_takes() {
        var world = new DisclosureWorld(ANY).department(1, null).count(1L, ANY, 60);

        assertThat(world.plan(app.bravo.pulse.SurveyForm.THRESHOLD_MIN).count(ALL)).isEqualTo(OptionalLong.of(60));
        assertThat(world.plan(app.bravo.pulse.SurveyForm.THRESHOLD_MAX).count(ALL)).isEqualTo(OptionalLong.of(60));
    }

    @Test
    void all_minus_all_but_a_small_department_is_not_possible() {
        var world = new DisclosureWorld(ANY).department(1, null).department(2, null)
                .count(1L, ANY, 2).count(2L, ANY, 20);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.count(ALL)).isEqualTo(OptionalLong.of(22));
        assertThat(plan.shows(department(1))).isFalse();
        assertThat(plan.shows(department(2))).as("all but department 1").isFalse();
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void a_parent_minus_its_shown_children_is_not_small_so_the_smallest_child_is_hidden() {
        var world = new DisclosureWorld(ANY).department(1, null).department(2, 1L).department(3, 1L)
                .count(1L, ANY, 2).count(2L, ANY, 6).count(3L, ANY, 7);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.count(department(1))).isEqualTo(OptionalLong.of(15));
        assertThat(plan.shows(department(2))).isFalse();
        assertThat(plan.count(department(3))).isEqualTo(OptionalLong.of(7));
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void a_department_with_two_answers_next_to_big_ones_stays_hidden_with_one_sibling() {
        var world = new DisclosureWorld(ANY).department(1, null).department(2, null).department(3, null)
                .count(1L, ANY, 2).count(2L, ANY, 30).count(3L, ANY, 40);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.shows(department(1))).isFalse();
        assertThat(plan.shows(department(2))).as("the smallest sibling").isFalse();
        assertThat(plan.count(department(3))).isEqualTo(OptionalLong.of(40));
        assertThat(plan.count(ALL)).isEqualTo(OptionalLong.of(72));
        assertThat(plan.shownGroups()).containsExactly(ALL, department(3));
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void people_in_no_department_are_protected_like_a_department() {
        var world = new DisclosureWorld(ANY).department(1, null).department(2, null)
                .count(null, ANY, 1).count(1L, ANY, 10).count(2L, ANY, 12);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.count(ALL)).isEqualTo(OptionalLong.of(23));
        assertThat(plan.shows(department(1)) && plan.shows(department(2))).isFalse();
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void a_single_hidden_cell_is_not_recovered_from_its_row_margin() {
        // department 1 has 10 in band "new" and 3 in "old": showing department 1 and (1, new) gives (1, old)
        var world = new DisclosureWorld("new", "old").department(1, null).department(2, null)
                .count(1L, "new", 10).count(1L, "old", 3).count(2L, "new", 9).count(2L, "old", 8);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.shows(crossing(1, "old"))).isFalse();
        assertThat(plan.shows(department(1)) && plan.shows(crossing(1, "new"))).isFalse();
        assertThat(plan.shows(band("old")) && plan.shows(crossing(2, "old"))).isFalse();
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void a_hidden_cell_is_not_recovered_through_another_hidden_cell_that_the_margins_give_away() {
        // (2, old) = 2; hiding it and one cell in its row and column is not enough: department 1's row
        // minus (1, new) gives (1, old) = 5 exactly, then band "old" minus it gives (2, old)
        var world = new DisclosureWorld("new", "old").department(1, null).department(2, null)
                .count(1L, "new", 5).count(1L, "old", 5).count(2L, "new", 5).count(2L, "old", 2);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.shows(crossing(2, "old"))).isFalse();
        assertThat(plan.shows(department(1)) && plan.shows(crossing(1, "new")) && plan.shows(band("old")))
                .as("the chain department 1 - (1, new) = (1, old); band old - (1, old) = (2, old)").isFalse();
        assertThat(plan.shows(department(2)) && plan.shows(band("new")) && plan.shows(crossing(1, "new")))
                .as("department 2 - (band new - (1, new)) = (2, old)").isFalse();
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void all_minus_every_shown_band_leaves_nothing_small() {
        var world = new DisclosureWorld("a", "b", "c").department(1, null)
                .count(1L, "a", 10).count(1L, "b", 12).count(1L, "c", 2);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.shows(band("c"))).isFalse();
        assertThat(plan.shows(band("a")) && plan.shows(band("b")) && plan.shows(ALL)).isFalse();
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void the_threshold_decides_three_shows_at_k3_and_not_at_k5() {
        var world = new DisclosureWorld(ANY).department(1, null).department(2, null).department(3, null)
                .count(1L, ANY, 3).count(2L, ANY, 4).count(3L, ANY, 9);

        DisclosurePlan three = world.plan(3);
        assertThat(three.count(department(1))).isEqualTo(OptionalLong.of(3));
        assertThat(three.shownGroups()).containsExactly(ALL, department(1), department(2), department(3));
        assertThat(world.attack(three, 3)).isNull();

        DisclosurePlan five = world.plan(5);
        assertThat(five.shows(department(1))).isFalse();
        assertThat(five.shows(department(2))).isFalse();
        assertThat(five.count(ALL)).isEqualTo(OptionalLong.of(16));
        assertThat(five.count(department(3))).isEqualTo(OptionalLong.of(9));
        assertThat(world.attack(five, 5)).isNull();
    }

    @Test
    void comments_at_threshold_eight_hide_a_department_with_seven() {
        // counts are the free-text answers per atom; the comment threshold is 8
        var world = new DisclosureWorld(ANY).department(1, null).department(2, null).department(3, null)
                .count(1L, ANY, 7).count(2L, ANY, 8).count(3L, ANY, 9);
        DisclosurePlan plan = world.plan(8);

        assertThat(plan.shows(department(1))).isFalse();
        assertThat(plan.shows(department(2))).as("hidden with department 1: all minus 2 and 3 would be 7").isFalse();
        assertThat(plan.count(department(3))).isEqualTo(OptionalLong.of(9));
        assertThat(plan.count(ALL)).isEqualTo(OptionalLong.of(24));
        assertThat(world.attack(plan, 8)).isNull();
    }

    @Test
    void a_filter_on_a_hidden_group_is_refused_without_telling_small_from_protected() {
        var world = new DisclosureWorld("new", "old").department(1, null).department(2, null)
                .count(1L, "new", 2).count(1L, "old", 1).count(2L, "new", 30).count(2L, "old", 30);
        DisclosurePlan plan = world.plan(5);

        UserError small = refusal(() -> plan.require(department(1)));
        assertThat(small.key()).isEqualTo("pulse.disclosure.hidden");
        assertThat(small.args()).containsExactly(5);
        // department 2 is big but would give department 1 away from "all"
        assertThat(refusal(() -> plan.require(department(2))).key()).isEqualTo("pulse.disclosure.hidden");
        assertThat(refusal(() -> plan.require(crossing(1, "new"))).key()).isEqualTo("pulse.disclosure.hidden");
        assertThat(refusal(() -> plan.require(department(99))).key()).isEqualTo("pulse.disclosure.unknown-department");
        assertThat(refusal(() -> plan.require(band("ancient"))).key()).isEqualTo("pulse.disclosure.unknown-band");
        assertThat(plan.count(department(99))).isEmpty();
        assertThat(plan.require(ALL)).isEqualTo(63);
        assertThat(world.attack(plan, 5)).isNull();
    }

    @Test
    void with_one_band_a_band_filter_is_the_department_itself() {
        var world = new DisclosureWorld(ANY).department(1, null).count(1L, ANY, 6);
        DisclosurePlan plan = world.plan(5);

        assertThat(plan.require(crossing(1, ANY))).isEqualTo(6);
        assertThat(plan.require(band(ANY))).isEqualTo(6);
        assertThat(plan.shownGroups()).containsExactly(ALL, department(1));
    }

    @Test
    void while_open_only_the_stepped_response_count_shows_and_figures_are_refused() {
        var world = new DisclosureWorld(ANY).department(1, null).department(2, null)
                .count(1L, ANY, 9).count(2L, ANY, 12).count(null, ANY, 0);
        DisclosurePlan plan = world.plan(5);

        assertThat(DisclosureTiming.openCount(4, 5)).isZero();
        assertThat(DisclosureTiming.openCount(9, 5)).isEqualTo(5);
        assertThat(DisclosureTiming.openCount(10, 5)).isEqualTo(10);
        assertThat(DisclosureTiming.responseCount(plan, department(1), false)).isEqualTo(OptionalLong.of(5));
        assertThat(DisclosureTiming.responseCount(plan, ALL, false)).isEqualTo(OptionalLong.of(20));
        assertThat(DisclosureTiming.responseCount(plan, ALL, true)).isEqualTo(OptionalLong.of(21));
        assertThat(refusal(() -> DisclosureTiming.requireFigures(plan, ALL, false)).key()).isEqualTo("pulse.disclosure.open");
        assertThat(DisclosureTiming.requireFigures(plan, ALL, true)).isEqualTo(21);
    }

    @Test
    void the_same_round_gives_the_same_plan_whatever_the_order_of_its_rows() {
        var counts = List.of(new DisclosureCount(1L, "a", 2), new DisclosureCount(2L, "a", 7), new DisclosureCount(3L, "b", 7),
                new DisclosureCount(2L, "b", 6), new DisclosureCount(3L, "a", 6), new DisclosureCount(1L, "b", 9));
        var tree = List.of(new DisclosureDepartment(1, null), new DisclosureDepartment(2, 1L), new DisclosureDepartment(3, 1L));
        DisclosurePlan one = DisclosurePlan.of(tree, List.of("a", "b"), counts, 5);
        DisclosurePlan two = DisclosurePlan.of(tree.reversed(), List.of("a", "b"), counts.reversed(), 5);

        assertThat(two.shownGroups()).isEqualTo(one.shownGroups()).isNotEmpty();
    }

    @Test
    void a_broken_tree_or_threshold_is_a_programming_error() {
        var counts = List.<DisclosureCount>of();
        assertThatThrownBy(() -> DisclosurePlan.of(List.of(new DisclosureDepartment(1, 2L), new DisclosureDepartment(2, 1L)),
                List.of(ANY), counts, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> DisclosurePlan.of(List.of(new DisclosureDepartment(1, 7L)), List.of(ANY), counts, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the tree");
        assertThatThrownBy(() -> DisclosurePlan.of(List.of(), List.of(ANY), counts, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisclosurePlan.of(List.of(), List.of(ANY), List.of(new DisclosureCount(4L, ANY, 1)), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown department");
    }

    @Test
    void a_brute_forcing_attacker_finds_nothing_in_random_rounds() {
        var random = new Random(20261202);
        int[] thresholds = {3, 4, 5, 8};
        for (int round = 0; round < 600; round++) {
            int bands = 1 + random.nextInt(3);
            var names = new String[bands];
            for (int b = 0; b < bands; b++) {
                names[b] = "band" + b;
            }
            var world = new DisclosureWorld(names);
            int departments = 1 + random.nextInt(6);
            for (long d = 1; d <= departments; d++) {
                Long parent = d == 1 || random.nextInt(3) == 0 ? null : Long.valueOf(1 + random.nextInt((int) d - 1));
                world.department(d, parent);
            }
            for (long d = 0; d <= departments; d++) {
                for (String b : names) {
                    if (random.nextInt(d == 0 ? 4 : 3) != 0) {
                        world.count(d == 0 ? null : d, b, random.nextInt(random.nextBoolean() ? 4 : 12));
                    }
                }
            }
            int k = thresholds[random.nextInt(thresholds.length)];
            DisclosurePlan plan = world.plan(k);
            assertThat(world.attack(plan, k)).as("round " + round + " at k=" + k + ": " + world.departments + " " + world.counts).isNull();
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_company_of_forty_departments_and_four_bands_is_planned_quickly() {
        var random = new Random(7);
        var world = new DisclosureWorld("lt1", "1to3", "3to5", "gt5");
        for (long d = 1; d <= 40; d++) {
            world.department(d, d <= 4 ? null : Long.valueOf(1 + random.nextInt((int) Math.min(d - 1, 12))));
            for (String b : world.bands) {
                world.count(d, b, random.nextInt(9));
            }
        }
        DisclosurePlan plan = world.plan(5);
        assertThat(plan.shows(ALL)).isTrue();
        assertThat(plan.shownGroups()).allSatisfy(g -> assertThat(world.count(g)).isGreaterThanOrEqualTo(5));
    }
}
