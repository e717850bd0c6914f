package dev.paperscope.planner;

import static dev.paperscope.planner.ScheduleFixtures.DEPLOYING;
import static dev.paperscope.planner.ScheduleFixtures.GLAM;
import static dev.paperscope.planner.ScheduleFixtures.LAST_SEED_TALK;
import static dev.paperscope.planner.ScheduleFixtures.OVERLAPPING;
import static dev.paperscope.planner.ScheduleFixtures.RIGHT_AFTER;
import static dev.paperscope.planner.ScheduleFixtures.SAME_SLOT;
import static dev.paperscope.planner.ScheduleFixtures.TOMOGRAPHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClashesTest {
    private final Map<String, Talk> talks = ScheduleFixtures.records().stream().map(Talk::of).flatMap(Optional::stream)
            .collect(Collectors.toMap(Talk::title, Function.identity()));

    private List<Clash> among(String... titles) {
        return Clashes.among(java.util.Arrays.stream(titles).map(talks::get).toList());
    }

    @Test
    void theRealSessionHasNoClashAtAll() {
        List<Talk> hallG = talks.values().stream().filter(t -> t.room().equals("Hall G")).toList();
        assertThat(hallG).hasSize(15);
        assertThat(Clashes.among(hallG)).isEmpty();
    }

    @Test
    void backToBackIsNotAClash() {
        assertThat(among(GLAM, DEPLOYING)).isEmpty();
        assertThat(among(LAST_SEED_TALK, RIGHT_AFTER)).isEmpty();
    }

    @Test
    void overlapsAreReportedPairwiseWithBothTalksRoomsAndTheOverlap() {
        List<Clash> clashes = among(DEPLOYING, OVERLAPPING, GLAM);

        assertThat(clashes).extracting(c -> c.first().title(), c -> c.second().title(), Clash::overlap)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GLAM, OVERLAPPING, Duration.ofMinutes(3)),
                        org.assertj.core.groups.Tuple.tuple(OVERLAPPING, DEPLOYING, Duration.ofMinutes(5)));
        Clash first = clashes.getFirst();
        assertThat(first.first().room()).isEqualTo("Hall G");
        assertThat(first.second().room()).isEqualTo("Ballroom B");
        assertThat(first.differentRooms()).isTrue();
        assertThat(first.overlapStart().toOffsetDateTime().toString()).isEqualTo("2022-07-21T12:32-07:00");
        assertThat(first.overlapEnd().toOffsetDateTime().toString()).isEqualTo("2022-07-21T12:35-07:00");
    }

    @Test
    void aTalkInsideAnotherOverlapsForItsWholeLength() {
        assertThat(among(SAME_SLOT, TOMOGRAPHY)).singleElement().extracting(Clash::overlap).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void aLongTalkClashesWithEveryShortOneItCovers() {
        List<String> hallGNoon = talks.values().stream().filter(t -> t.room().equals("Hall G"))
                .filter(t -> t.start().getHour() == 12 && t.start().getMinute() < 45).map(Talk::title).toList();
        List<String> all = new java.util.ArrayList<>(hallGNoon);
        all.add(OVERLAPPING);
        // 12:32-12:42 meets 12:30-12:35, 12:35-12:40 and 12:40-12:45 (2 minutes), not 12:45-12:50
        assertThat(among(all.toArray(String[]::new))).extracting(Clash::overlap)
                .containsExactly(Duration.ofMinutes(3), Duration.ofMinutes(5), Duration.ofMinutes(2));
    }
}
