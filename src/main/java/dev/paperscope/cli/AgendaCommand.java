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
import java.util.concurrent.Callable;
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
    static final class Schedule implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Mixin
        ZoneOption tz;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<ZoneId> chosen = tz.zone();
            try (Paperscope ps = data.open()) {
                dev.paperscope.planner.Schedule schedule = ps.planner().schedule();
                if (schedule.sessions().isEmpty()) {
                    out.println("no scheduled talks in the catalog (ingest a session-schedule page first)");
                    return 0;
                }
                ZoneId zone = chosen.orElse(schedule.zones().getFirst());
                Agenda agenda = ps.planner().agenda();
                for (ScheduleDay day : schedule.days(zone)) {
                    out.println(DAY.format(day.date()) + " (" + ZoneLabels.id(zone) + ")");
                    for (ScheduleDay.RoomColumn room : day.rooms()) {
                        out.println("  " + room.room());
                        room.talks().forEach(t -> out.println("    " + (agenda.isStarred(t) ? "* " : "  ")
                                + span(t, zone) + "  " + t.title() + "  [" + t.workId() + "]" + sources(t)));
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "star", mixinStandardHelpOptions = true, description = "Stars talks by work: a work id as schedule shows it, or a record id standing for its work.")
    static final class Star implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<String> ids;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Paperscope ps = data.open()) {
                for (String id : ids) {
                    AgendaEntry e = ps.planner().star(id).entry();
                    spec.commandLine().getOut().println("starred " + id + ": " + e.talk().map(t -> when(t, Optional.empty())
                            + "  " + t.title()).orElse(String.valueOf(e.title())));
                }
                clashNote(ps.planner().agenda(), spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "unstar", mixinStandardHelpOptions = true, description = "Removes talks from the agenda (also ones missing from the catalog).")
    static final class Unstar implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<String> ids;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            int failed = 0;
            try (Paperscope ps = data.open()) {
                for (String id : ids) {
                    if (ps.planner().unstar(id)) {
                        spec.commandLine().getOut().println("unstarred " + id);
                    } else {
                        spec.commandLine().getErr().println("paperscope: " + id + " is not starred");
                        failed++;
                    }
                }
            }
            return failed == 0 ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The starred talks in time order; missing ones last.")
    static final class ListStars implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Mixin
        ZoneOption tz;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<ZoneId> zone = tz.zone();
            try (Paperscope ps = data.open()) {
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
            }
            return 0;
        }
    }

    private static void clashNote(Agenda agenda, PrintWriter out) {
        if (!agenda.clashes().isEmpty()) {
            out.println(Counted.of(agenda.clashes().size(), "clash", "clashes") + " among starred talks: paperscope agenda clashes");
        }
    }

    @Command(name = "clashes", mixinStandardHelpOptions = true, description = "Pairs of starred talks whose times overlap.")
    static final class Clashes implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Mixin
        ZoneOption tz;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<ZoneId> zone = tz.zone();
            try (Paperscope ps = data.open()) {
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
            }
            return 0;
        }
    }

    @Command(name = "ics", mixinStandardHelpOptions = true, description = "The agenda as an iCalendar file for a calendar app.")
    static final class Ics implements Callable<Integer> {
        @Mixin
        DataOption data;
        @Mixin
        ZoneOption tz;
        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path outFile;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Optional<ZoneId> zone = tz.zone();
            try (Paperscope ps = data.open()) {
                Agenda agenda = ps.planner().agenda();
                String ics = ps.planner().ics(zone);
                if (outFile == null) {
                    spec.commandLine().getOut().print(ics);
                    spec.commandLine().getOut().flush();
                } else {
                    Files.writeString(outFile, ics, StandardCharsets.UTF_8);
                    spec.commandLine().getOut().println("wrote " + Counted.of(agenda.talks().size(), "event") + " to " + outFile);
                }
                if (!agenda.missing().isEmpty()) {
                    spec.commandLine().getErr().println("paperscope: " + Counted.of(agenda.missing().size(), "starred talk")
                            + (agenda.missing().size() == 1 ? " is" : " are") + " no longer in the catalog and are not in the calendar (agenda list shows them)");
                }
            }
            return 0;
        }
    }
}
