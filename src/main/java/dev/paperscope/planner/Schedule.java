package dev.paperscope.planner;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every scheduled talk of the catalog, grouped into sessions; viewable by day and room in any zone. */
public record Schedule(List<Session> sessions) {
    public Schedule {
        sessions = List.copyOf(sessions);
    }

    static Schedule of(List<Talk> talks) {
        Map<String, List<Talk>> bySession = new TreeMap<>();
        talks.forEach(t -> bySession.computeIfAbsent(t.sessionId(), k -> new ArrayList<>()).add(t));
        List<Session> sessions = new ArrayList<>();
        bySession.forEach((id, ts) -> {
            List<Talk> sorted = ts.stream().sorted(Clashes.BY_TIME).toList();
            Talk first = sorted.getFirst();
            sessions.add(new Session(id, first.file(), first.room(), moderatorOf(sorted), sorted));
        });
        sessions.sort(Comparator.comparing((Session s) -> s.start().toInstant()).thenComparing(Session::id));
        return new Schedule(sessions);
    }

    /** The moderator the session's talks name, when they agree on one. */
    private static String moderatorOf(List<Talk> talks) {
        List<String> named = talks.stream().map(Talk::moderator).filter(m -> m != null).distinct().toList();
        return named.size() == 1 ? named.getFirst() : null;
    }

    public List<Talk> talks() {
        return sessions.stream().flatMap(s -> s.talks().stream()).sorted(Clashes.BY_TIME).toList();
    }

    /** The days on which talks start in {@code zone}, each with a column per room; a talk is placed on its start's day. */
    public List<ScheduleDay> days(ZoneId zone) {
        Map<LocalDate, Map<String, List<Talk>>> grid = new TreeMap<>();
        for (Talk t : talks()) {
            grid.computeIfAbsent(t.startIn(zone).toLocalDate(), d -> new TreeMap<>())
                    .computeIfAbsent(t.room(), r -> new ArrayList<>()).add(t);
        }
        List<ScheduleDay> days = new ArrayList<>();
        grid.forEach((date, rooms) -> {
            List<ScheduleDay.RoomColumn> columns = new ArrayList<>();
            rooms.forEach((room, ts) -> columns.add(new ScheduleDay.RoomColumn(room, ts)));
            days.add(new ScheduleDay(date, columns));
        });
        return days;
    }

    /** The zones the talks were announced in, most common first: the natural default for a viewer. */
    public List<ZoneId> zones() {
        Map<ZoneId, Long> counts = new LinkedHashMap<>();
        talks().forEach(t -> counts.merge(t.zone(), 1L, Long::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<ZoneId, Long>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().getId())).map(Map.Entry::getKey).toList();
    }
}
