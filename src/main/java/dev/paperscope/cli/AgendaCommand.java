package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import dev.paperscope.planner.Agenda;
import dev.paperscope.planner.AgendaEntry;
import dev.paperscope.planner.Clash;
import dev.paperscope.planner.ScheduleDay;
import dev.paperscope.planner.Talk;
import dev.paperscope.planner.ZoneLabels;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "agenda", mixinStandardHelpOptions = true,
        description = "The conference planner: the schedule, your starred talks, their clashes, an .ics of them.",
        subcommands = {AgendaCommand.Schedule.class, AgendaCommand.Star.class, AgendaCommand.Unstar.class,
                AgendaCommand.ListStars.class, AgendaCommand.Clashes.class, AgendaCommand.Ics.class})
final class AgendaCommand implements Runnable {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: schedule, star, unstar, list, clashes or ics");
    }

    /** A subcommand that shows times: {@code --tz} is checked before the data folder is opened. */
    abstract static class ZonedCommand extends DataCommand {
        @Mixin
        ZoneOption tz;
        /** The zone chosen with {@code --tz}; empty: each talk's own. */
        Optional<ZoneId> zone;

        @Override
        void check() {
            zone = tz.zone();
        }
    }

    /** "Thu 2022-07-21 12:30–12:35 PDT" in {@code zone}, or the talk's own zone. */
    static String when(Talk t, Optional<ZoneId> zone) {
        ZoneId z = zone.orElse(t.zone());
        ZonedDateTime start = t.startIn(z);
        return DAY.format(start) + " " + span(t, z);
    }

    private static String span(Talk t, ZoneId z) {
        ZonedDateTime start = t.startIn(z);
        return TIME.format(start) + t.endIn(z).map(e -> "–" + TIME.format(e)).orElse("") + " " + ZoneLabels.abbreviation(start);
    }

    /** The records behind a card when there are several (the same talk read from two files), else nothing. */
    private static String sources(Talk t) {
        return t.sources().size() < 2 ? "" : "  (" + t.sources().size() + " sources: "
                + String.join(", ", t.sources().stream().map(s -> s.file() + ":" + s.line()).toList()) + ")";
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true, description = "Every scheduled talk by day and room.")
    static final class Schedule extends ZonedCommand {

        @Override
        int run(Paperscope ps, PrintWriter out) {
            dev.paperscope.planner.Schedule schedule = ps.planner().schedule();
            if (schedule.sessions().isEmpty()) {
                out.println("no scheduled talks in the catalog (ingest a session-schedule page first)");
                return 0;
            }
            ZoneId shown = zone.orElse(schedule.zones().getFirst());
            Agenda agenda = ps.planner().agenda();
            for (ScheduleDay day : schedule.days(shown)) {
                out.println(DAY.format(day.date()) + " (" + ZoneLabels.id(shown) + ")");
                for (ScheduleDay.RoomColumn room : day.rooms()) {
                    out.println("  " + room.room());
                    room.talks().forEach(t -> out.println("    " + (agenda.isStarred(t) ? "* " : "  ")
                            + span(t, shown) + "  " + t.title() + "  [" + t.workId() + "]" + sources(t)));
                }
            }
            return 0;
        }
    }

    /** Star and unstar: one change per id, each said; an id that fails is said on stderr and makes the exit code 1. */
    abstract static class EachId extends DataCommand {
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<String> ids;

        @Override
        final int run(Paperscope ps, PrintWriter out) {
            int failed = 0;
            for (String id : ids) {
                if (!change(ps, id, out)) {
                    failed++;
                }
            }
            after(ps, out);
            return failed == 0 ? 0 : 1;
        }

        /** Changes the agenda for one id and says so; false (after saying why) when it could not. */
        abstract boolean change(Paperscope ps, String id, PrintWriter out);

        /** What is said once every id is done. */
        void after(Paperscope ps, PrintWriter out) {
        }
    }

    @Command(name = "star", mixinStandardHelpOptions = true, description = "Stars talks by work: a work id as schedule shows it, or a record id standing for its work.")
    static final class Star extends EachId {
        @Override
        boolean change(Paperscope ps, String id, PrintWriter out) {
            AgendaEntry e = ps.planner().star(id).entry();
            out.println("starred " + id + ": " + e.talk().map(t -> when(t, Optional.empty())
                    + "  " + t.title()).orElse(String.valueOf(e.title())));
            return true;
        }

        @Override
        void after(Paperscope ps, PrintWriter out) {
            clashNote(ps.planner().agenda(), out);
        }
    }

    @Command(name = "unstar", mixinStandardHelpOptions = true, description = "Removes talks from the agenda (also ones missing from the catalog).")
    static final class Unstar extends EachId {
        @Override
        boolean change(Paperscope ps, String id, PrintWriter out) {
            if (ps.planner().unstar(id)) {
                out.println("unstarred " + id);
                return true;
            }
            err().println("paperscope: " + id + " is not starred");
            return false;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The starred talks in time order; missing ones last.")
    static final class ListStars extends ZonedCommand {

        @Override
        int run(Paperscope ps, PrintWriter out) {
            Agenda agenda = ps.planner().agenda();
            if (agenda.entries().isEmpty()) {
                out.println("no starred talks (agenda star ID)");
                return 0;
            }
            for (AgendaEntry e : agenda.entries()) {
                out.println(e.talk().map(t -> "  " + when(t, zone) + "  " + t.room() + "  " + t.title())
                        .orElse("  MISSING  " + e.title() + "  (no longer in the catalog; starred " + e.starredAt() + ")")
                        + "  [" + e.workId() + "]");
            }
            clashNote(agenda, out);
            return 0;
        }
    }

    private static void clashNote(Agenda agenda, PrintWriter out) {
        if (!agenda.clashes().isEmpty()) {
            out.println(Counted.of(agenda.clashes().size(), "clash", "clashes") + " among starred talks: paperscope agenda clashes");
        }
    }

    @Command(name = "clashes", mixinStandardHelpOptions = true, description = "Pairs of starred talks whose times overlap.")
    static final class Clashes extends ZonedCommand {

        @Override
        int run(Paperscope ps, PrintWriter out) {
            List<Clash> clashes = ps.planner().agenda().clashes();
            if (clashes.isEmpty()) {
                out.println("no clashes among starred talks");
            }
            for (Clash c : clashes) {
                ZoneId z = zone.orElse(c.first().zone());
                out.println("CLASH " + c.overlap().toMinutes() + " min (" + TIME.format(c.overlapStart().withZoneSameInstant(z))
                        + "–" + TIME.format(c.overlapEnd().withZoneSameInstant(z)) + " " + ZoneLabels.abbreviation(c.overlapStart().withZoneSameInstant(z))
                        + ")" + (c.differentRooms() ? ", different rooms" : ", same room"));
                for (Talk t : List.of(c.first(), c.second())) {
                    out.println("  " + when(t, Optional.of(z)) + "  " + t.room() + "  " + t.title() + "  [" + t.workId() + "]");
                }
            }
            return 0;
        }
    }

    @Command(name = "ics", mixinStandardHelpOptions = true, description = "The agenda as an iCalendar file for a calendar app.")
    static final class Ics extends ZonedCommand {
        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path outFile;

        @Override
        int run(Paperscope ps, PrintWriter out) throws IOException {
            Agenda agenda = ps.planner().agenda();
            String ics = ps.planner().ics(zone);
            if (outFile == null) {
                out.print(ics);
                out.flush();
            } else {
                Files.writeString(outFile, ics, StandardCharsets.UTF_8);
                out.println("wrote " + Counted.of(agenda.talks().size(), "event") + " to " + outFile);
            }
            if (!agenda.missing().isEmpty()) {
                err().println("paperscope: " + Counted.of(agenda.missing().size(), "starred talk")
                        + (agenda.missing().size() == 1 ? " is" : " are") + " no longer in the catalog and are not in the calendar (agenda list shows them)");
            }
            return 0;
        }
    }
}
