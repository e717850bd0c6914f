package dev.paperscope.web;

import dev.paperscope.app.Counted;
import dev.paperscope.planner.Agenda;
import dev.paperscope.planner.AgendaEntry;
import dev.paperscope.planner.Clash;
import dev.paperscope.planner.Schedule;
import dev.paperscope.planner.ScheduleDay;
import dev.paperscope.planner.Talk;
import dev.paperscope.planner.ZoneLabels;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conference planner: the agenda (starred talks, clashes stated plainly, .ics download) above a
 * timetable per day, rooms as columns and time running down. Rows are the day's distinct start and end
 * times, so talks that overlap in time share rows side by side. Times are in the viewer's chosen zone.
 */
final class PlannerPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private PlannerPage() {
    }

    static String render(Schedule schedule, Agenda agenda, ZoneId zone) {
        StringBuilder body = new StringBuilder("<section class=\"planner\"><h1>Conference planner</h1>");
        body.append(zoneSwitch(schedule, zone));
        if (schedule.sessions().isEmpty()) {
            body.append("<p class=\"note\">No scheduled talks yet: ingest a session-schedule page (talks with times).</p>");
        }
        body.append(agendaPanel(agenda, zone));
        Set<String> clashing = new HashSet<>();
        agenda.clashes().forEach(c -> {
            clashing.add(c.first().workId());
            clashing.add(c.second().workId());
        });
        for (ScheduleDay day : schedule.days(zone)) {
            body.append(timetable(day, zone, agenda, clashing));
        }
        body.append("</section>");
        return Layout.page("Planner", "", body.toString(), "<link rel=\"stylesheet\" href=\"/static/planner.css\">" + VIEWER_ZONE);
    }

    /** Without a chosen zone, the browser's own zone is chosen (the server cannot know it). */
    private static final String VIEWER_ZONE = """
            <script>
            if (!new URLSearchParams(location.search).has('tz')) {
              var z = Intl.DateTimeFormat().resolvedOptions().timeZone;
              if (z) { location.replace('/planner?tz=' + encodeURIComponent(z) + location.hash); }
            }
            </script>""";

    private static String zoneSwitch(Schedule schedule, ZoneId zone) {
        StringBuilder out = new StringBuilder("<form class=\"tz-switch\" method=\"get\" action=\"/planner\">"
                + "<label for=\"tz\">Times in</label> <select id=\"tz\" name=\"tz\" onchange=\"this.form.submit()\">");
        Set<String> first = new LinkedHashSet<>();
        first.add(ZoneLabels.id(zone));
        schedule.zones().forEach(z -> first.add(ZoneLabels.id(z)));
        first.add("UTC");
        out.append("<optgroup label=\"Suggested\">");
        first.forEach(id -> out.append(option(id, zone, schedule)));
        out.append("</optgroup><optgroup label=\"All zones\">");
        new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().filter(id -> id.contains("/") && !id.startsWith("Etc/")
                && !id.startsWith("SystemV/") && !first.contains(id)).forEach(id -> out.append(option(id, null, schedule)));
        out.append("</optgroup></select> <button type=\"submit\" class=\"secondary\">Show</button></form>");
        List<String> pageZones = schedule.zones().stream().map(ZoneLabels::id).distinct().toList();
        if (!pageZones.isEmpty()) {
            out.append("<p class=\"muted\">The schedule pages announce their times in ").append(Html.text(String.join(", ", pageZones)))
                    .append(". ").append(Counted.of(schedule.talks().size(), "talk")).append(" in ")
                    .append(Counted.of(schedule.sessions().size(), "session")).append(".</p>");
        }
        return out.toString();
    }

    private static String option(String id, ZoneId selected, Schedule schedule) {
        boolean conference = schedule.zones().stream().anyMatch(z -> ZoneLabels.id(z).equals(id));
        String label = id + (conference ? " (conference)" : "");
        return "<option value=\"" + Html.attr(id) + "\"" + (selected != null && ZoneLabels.id(selected).equals(id) ? " selected" : "")
                + ">" + Html.text(label) + "</option>";
    }

    private static String agendaPanel(Agenda agenda, ZoneId zone) {
        StringBuilder out = new StringBuilder("<section class=\"agenda\" id=\"agenda\"><div class=\"agenda-head\"><h2>Your agenda ("
                + agenda.entries().size() + ")</h2>");
        out.append("<a class=\"button\" id=\"ics-download\" href=\"/api/v1/agenda.ics?tz=").append(Html.url(ZoneLabels.id(zone)))
                .append("\" download=\"paperscope-agenda.ics\">Download .ics</a></div>");
        if (agenda.entries().isEmpty()) {
            out.append("<p class=\"muted\">Star talks below (☆) to plan your day; clashes between them show here.</p>");
        }
        for (Clash c : agenda.clashes()) {
            out.append("<div class=\"clash-alert\" role=\"alert\"><strong>Clash:</strong> ").append(link(c.first()))
                    .append(" (").append(Html.text(c.first().room())).append(") and ").append(link(c.second()))
                    .append(" (").append(Html.text(c.second().room())).append(") overlap ")
                    .append(TIME.format(c.overlapStart().withZoneSameInstant(zone))).append("–")
                    .append(TIME.format(c.overlapEnd().withZoneSameInstant(zone))).append(" ")
                    .append(ZoneLabels.abbreviation(c.overlapStart().withZoneSameInstant(zone)))
                    .append(" (").append(c.overlap().toMinutes()).append(" min").append(c.differentRooms() ? ", different rooms" : "")
                    .append(").</div>");
        }
        if (!agenda.entries().isEmpty()) {
            out.append("<ol class=\"agenda-list\">");
            for (AgendaEntry e : agenda.entries()) {
                out.append("<li class=\"").append(e.missing() ? "missing" : "").append("\" data-id=\"").append(Html.attr(e.workId())).append("\">");
                e.talk().ifPresentOrElse(t -> out.append("<span class=\"when\">").append(Html.text(when(t, zone))).append("</span> ")
                        .append(link(t)).append(" <span class=\"room\">").append(Html.text(t.room())).append("</span>"),
                        () -> out.append("<span class=\"when\">missing</span> ").append(Html.text(e.title() == null ? e.workId() : e.title()))
                                .append(" <span class=\"muted\">(no longer in the catalog; starred ")
                                .append(Html.text(e.starredAt().toString().substring(0, 10))).append(")</span>"));
                out.append(" ").append(starButton(e.workId(), true, zone)).append("</li>");
            }
            out.append("</ol>");
        }
        return out.append("</section>").toString();
    }

    private static String when(Talk t, ZoneId zone) {
        ZonedDateTime start = t.startIn(zone);
        return DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(start) + " " + TIME.format(start)
                + t.endIn(zone).map(e -> "–" + TIME.format(e)).orElse("") + " " + ZoneLabels.abbreviation(start);
    }

    private static String link(Talk t) {
        return "<a href=\"" + Links.record(t.recordId()) + "\">" + Html.text(t.title() == null ? "(untitled talk)" : t.title()) + "</a>";
    }

    static String starButton(String id, boolean starred, ZoneId zone) {
        return starButton(id, starred, Optional.of(zone));
    }

    /** Without a zone, the planner opened after the post shows its default zone. */
    static String starButton(String id, boolean starred, Optional<ZoneId> zone) {
        return "<form class=\"star-form\" method=\"post\" action=\"/planner/" + (starred ? "unstar" : "star") + "\">" + Html.FORM_TOKEN
                + "<input type=\"hidden\" name=\"id\" value=\"" + Html.attr(id) + "\">"
                + zone.map(z -> "<input type=\"hidden\" name=\"tz\" value=\"" + Html.attr(ZoneLabels.id(z)) + "\">").orElse("")
                + "<button type=\"submit\" class=\"star" + (starred ? " on" : "") + "\" title=\"" + (starred ? "Remove from" : "Add to")
                + " your agenda\" aria-pressed=\"" + starred + "\">" + (starred ? "★ Starred" : "☆ Star") + "</button></form>";
    }

    private static String timetable(ScheduleDay day, ZoneId zone, Agenda agenda, Set<String> clashing) {
        List<Instant> marks = boundaries(day);
        StringBuilder out = new StringBuilder("<section class=\"day\"><h2>").append(Html.text(DAY.format(day.date()))).append("</h2>");
        out.append("<div class=\"timetable\" style=\"grid-template-columns: 4.5rem repeat(").append(day.rooms().size())
                .append(", minmax(13rem, 1fr));\">");
        out.append("<div class=\"corner\" style=\"grid-row:1;grid-column:1\">").append(Html.text(ZoneLabels.abbreviation(ZonedDateTime.ofInstant(marks.getFirst(), zone))))
                .append("</div>");
        for (int r = 0; r < day.rooms().size(); r++) {
            out.append("<div class=\"room-head\" style=\"grid-row:1;grid-column:").append(r + 2).append("\">")
                    .append(Html.text(day.rooms().get(r).room())).append("</div>");
        }
        for (int i = 0; i < marks.size() - 1; i++) {
            out.append("<div class=\"time-mark\" style=\"grid-row:").append(i + 2).append(";grid-column:1\">")
                    .append(TIME.format(ZonedDateTime.ofInstant(marks.get(i), zone))).append("</div>");
        }
        for (int r = 0; r < day.rooms().size(); r++) {
            for (Talk t : day.rooms().get(r).talks()) {
                int from = marks.indexOf(t.start().toInstant()) + 2;
                int to = Math.max(from + 1, marks.indexOf(t.end() == null ? t.start().toInstant() : t.end().toInstant()) + 2);
                out.append(cell(t, zone, agenda.isStarred(t), clashing.contains(t.workId()), r + 2, from, to));
            }
        }
        return out.append("</div></section>").toString();
    }

    /** Every start and end of the day's talks, in time order: the rows' edges. */
    private static List<Instant> boundaries(ScheduleDay day) {
        TreeSet<Instant> marks = new TreeSet<>();
        day.rooms().forEach(room -> room.talks().forEach(t -> {
            marks.add(t.start().toInstant());
            marks.add(t.end() == null ? t.start().toInstant().plusSeconds(60) : t.end().toInstant());
        }));
        return new ArrayList<>(marks);
    }

    private static String cell(Talk t, ZoneId zone, boolean starred, boolean clash, int column, int from, int to) {
        String authors = t.authors().isEmpty() ? "" : String.join(", ", t.authors().subList(0, Math.min(3, t.authors().size())))
                + (t.authors().size() > 3 ? " +" + (t.authors().size() - 3) : "");
        return "<article class=\"talk" + (starred ? " starred" : "") + (clash ? " clash" : "") + "\" id=\"talk-" + Html.attr(t.workId())
                + "\" data-id=\"" + Html.attr(t.workId()) + "\" data-records=\"" + Html.attr(String.join(" ", t.sources().stream()
                .map(Talk.Source::recordId).toList())) + "\" style=\"grid-column:" + column + ";grid-row:" + from + " / " + to + "\">"
                + "<div class=\"talk-time\">" + TIME.format(t.startIn(zone)) + t.endIn(zone).map(e -> "–" + TIME.format(e)).orElse("")
                + (clash ? " <span class=\"clash-badge\">clash</span>" : "") + "</div>"
                + "<div class=\"talk-title\">" + link(t) + "</div>"
                + "<div class=\"talk-authors\">" + Html.text(authors) + "</div>"
                + (t.sources().size() > 1 ? "<div class=\"talk-sources muted\">" + t.sources().size() + " sources: "
                + Html.text(String.join(", ", t.sources().stream().map(s -> s.file() + ":" + s.line()).toList())) + "</div>" : "")
                + starButton(t.workId(), starred, zone) + "</article>";
    }
}
