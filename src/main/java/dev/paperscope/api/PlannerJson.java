package dev.paperscope.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperscope.planner.Agenda;
import dev.paperscope.planner.AgendaEntry;
import dev.paperscope.planner.Clash;
import dev.paperscope.planner.Schedule;
import dev.paperscope.planner.ScheduleDay;
import dev.paperscope.planner.Session;
import dev.paperscope.planner.Starred;
import dev.paperscope.planner.Talk;
import dev.paperscope.planner.ZoneLabels;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Schedule, agenda and clashes as JSON; times are ISO-8601 with offset, in the zone the client asked for. */
final class PlannerJson {
    private PlannerJson() {
    }

    static ObjectNode schedule(Schedule schedule, ZoneId zone, Agenda agenda) {
        ObjectNode body = Json.object();
        body.put("zone", ZoneLabels.id(zone));
        ArrayNode zones = body.putArray("page_zones");
        schedule.zones().forEach(z -> zones.add(ZoneLabels.id(z)));
        ArrayNode sessions = body.putArray("sessions");
        for (Session s : schedule.sessions()) {
            ObjectNode n = sessions.addObject();
            n.put("id", s.id()).put("room", s.room()).put("moderator", s.moderator()).put("file", s.file())
                    .put("start", s.start().withZoneSameInstant(zone).toOffsetDateTime().toString())
                    .put("end", s.end().withZoneSameInstant(zone).toOffsetDateTime().toString());
            ArrayNode ids = n.putArray("talks");
            s.talks().forEach(t -> ids.add(t.recordId()));
        }
        ArrayNode days = body.putArray("days");
        for (ScheduleDay day : schedule.days(zone)) {
            ObjectNode d = days.addObject().put("date", day.date().toString());
            ArrayNode rooms = d.putArray("rooms");
            for (ScheduleDay.RoomColumn room : day.rooms()) {
                ArrayNode talks = rooms.addObject().put("room", room.room()).putArray("talks");
                room.talks().forEach(t -> talks.add(talk(t, zone).put("starred", agenda.isStarred(t))));
            }
        }
        return body;
    }

    static ObjectNode talk(Talk t, ZoneId zone) {
        ObjectNode n = Json.object();
        n.put("id", t.recordId()).put("work_id", t.workId()).put("title", t.title());
        ArrayNode authors = n.putArray("authors");
        t.authors().forEach(authors::add);
        n.put("room", t.room()).put("moderator", t.moderator()).put("session", t.sessionId())
                .put("start", t.startIn(zone).toOffsetDateTime().toString())
                .put("end", t.endIn(zone).map(e -> e.toOffsetDateTime().toString()).orElse(null))
                .put("page_zone", ZoneLabels.id(t.zone())).put("zone_note", t.zoneNote());
        n.putObject("source").put("file", t.file()).put("line", t.line());
        ArrayNode sources = n.putArray("sources");
        t.sources().forEach(s -> sources.addObject().put("record_id", s.recordId()).put("file", s.file()).put("line", s.line())
                .put("format", s.format()));
        return n;
    }

    static ObjectNode agenda(Agenda agenda, Optional<ZoneId> zone) {
        ObjectNode body = Json.object();
        zone.ifPresent(z -> body.put("zone", ZoneLabels.id(z)));
        entries(body, agenda.entries(), agenda.clashes(), zone);
        return body;
    }

    /**
     * A star's answer: the agenda's shape ({@code entries}, {@code clashes}) holding the starred work's
     * entries and the clashes that involve it only, with {@code work_id} and the agenda's size.
     */
    static ObjectNode starred(Starred starred) {
        ObjectNode body = Json.object();
        body.put("work_id", starred.workId()).put("agenda_entries", starred.agendaSize());
        entries(body, starred.entries(), starred.clashes(), Optional.empty());
        return body;
    }

    private static void entries(ObjectNode body, List<AgendaEntry> agendaEntries, List<Clash> agendaClashes, Optional<ZoneId> zone) {
        ArrayNode entries = body.putArray("entries");
        for (AgendaEntry e : agendaEntries) {
            ObjectNode n = entries.addObject().put("id", e.workId()).put("work_id", e.workId()).put("starred_at", e.starredAt().toString())
                    .put("missing", e.missing()).put("title", e.title());
            ArrayNode through = n.putArray("starred_records");
            e.recordIds().forEach(through::add);
            e.talk().ifPresent(t -> n.set("talk", talk(t, zone.orElse(t.zone()))));
        }
        ArrayNode clashes = body.putArray("clashes");
        for (Clash c : agendaClashes) {
            ZoneId z = zone.orElse(c.first().zone());
            clashes.addObject().put("first", c.first().workId()).put("second", c.second().workId())
                    .put("first_room", c.first().room()).put("second_room", c.second().room())
                    .put("overlap_start", c.overlapStart().withZoneSameInstant(z).toOffsetDateTime().toString())
                    .put("overlap_end", c.overlapEnd().withZoneSameInstant(z).toOffsetDateTime().toString())
                    .put("overlap_minutes", c.overlap().toMinutes()).put("different_rooms", c.differentRooms());
        }
    }
}
