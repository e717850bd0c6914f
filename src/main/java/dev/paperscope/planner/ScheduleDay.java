package dev.paperscope.planner;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of the schedule as a viewer in some time zone sees it: a column per room (sorted by name), each
 * with that day's talks in time order.
 */
public record ScheduleDay(LocalDate date, List<RoomColumn> rooms) {
    public ScheduleDay {
        rooms = List.copyOf(rooms);
    }

    public record RoomColumn(String room, List<Talk> talks) {
        public RoomColumn {
            talks = List.copyOf(talks);
        }
    }
}
