package dev.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** agenda, lists and citation export from the command line, on the seed session and the synthetic clashing one. */
class PlannerCliTest {
    private static final Path REPO = Path.of(System.getProperty("paperscope.repo", "."));
    private static final Path SCHEDULE = REPO.resolve("demo/seeds/004_d2faed4b193087f1.txt");
    private static final Path SYNTHETIC = REPO.resolve("src/test/resources/fixtures/planner/synthetic-session-ballroom-b.txt");
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] full = java.util.Arrays.copyOf(args, args.length + 1);
        full[args.length] = "--data=" + dir.resolve("data");
        return CliRun.of(full);
    }

    /** The id that `agenda schedule` prints after a title. */
    private static String idAfter(String schedule, String title) {
        Matcher m = Pattern.compile(Pattern.quote(title) + "  \\[([^\\]]+)]").matcher(schedule);
        assertThat(m.find()).as(title).isTrue();
        return m.group(1);
    }

    @Test
    void starTwoClashingTalksSeeTheClashAndExportTheIcs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SCHEDULE, in.resolve(SCHEDULE.getFileName()));
        Files.copy(SYNTHETIC, in.resolve(SYNTHETIC.getFileName()));
        assertThat(CliRun.of("ingest", "--data=" + dir.resolve("data"), in.toString()).exit()).isZero();

        CliRun schedule = CliRun.of("agenda", "schedule", "--data=" + dir.resolve("data"));
        assertThat(schedule.exit()).isZero();
        assertThat(schedule.out()).contains("Thu 2022-07-21 (America/Los_Angeles)", "  Ballroom B", "  Hall G",
                "12:30–12:35 PDT  GLaM: Efficient Scaling");
        String glam = idAfter(schedule.out(), "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts");
        String fixture = idAfter(schedule.out(), "Synthetic Fixture Talk on Overlapping Sessions");

        CliRun star = CliRun.of("agenda", "star", "--data=" + dir.resolve("data"), glam, fixture);
        assertThat(star.exit()).as(star.err()).isZero();
        assertThat(star.out()).contains("starred " + glam, "1 clash among starred talks");

        CliRun clashes = CliRun.of("agenda", "clashes", "--data=" + dir.resolve("data"), "--tz", "Europe/Berlin");
        assertThat(clashes.out()).contains("CLASH 3 min (21:32–21:35 CEST), different rooms")
                .contains("21:30–21:35 CEST  Hall G  GLaM").contains("21:32–21:42 CEST  Ballroom B  Synthetic Fixture Talk");

        Path ics = dir.resolve("agenda.ics");
        CliRun out = CliRun.of("agenda", "ics", "--data=" + dir.resolve("data"), "--out", ics.toString());
        assertThat(out.out()).contains("wrote 2 events to " + ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2);
        assertThat(Files.readString(ics)).contains("DTSTART;TZID=America/Los_Angeles:20220721T123000", "BEGIN:VTIMEZONE");

        // re-ingest the synthetic page without its first talk: the star stays, listed as missing
        Path changed = in.resolve(SYNTHETIC.getFileName());
        String text = Files.readString(changed);
        Files.writeString(changed, text.substring(0, text.indexOf("Thu 21 July 12:32")) + text.substring(text.indexOf("Thu 21 July 13:00")));
        assertThat(CliRun.of("ingest", "--data=" + dir.resolve("data"), changed.toString()).out()).contains("(updated synthetic-session-ballroom-b.txt: 0 added, 1 removed, 0 changed)");
        CliRun list = CliRun.of("agenda", "list", "--data=" + dir.resolve("data"));
        assertThat(list.out()).contains("12:30–12:35 PDT  Hall G  GLaM")
                .contains("MISSING  Synthetic Fixture Talk on Overlapping Sessions  (no longer in the catalog; starred ")
                .doesNotContain("clash");
        CliRun afterIcs = CliRun.of("agenda", "ics", "--data=" + dir.resolve("data"));
        assertThat(afterIcs.err()).contains("1 starred talk is no longer in the catalog");
        assertThat(CliRun.of("agenda", "unstar", "--data=" + dir.resolve("data"), fixture).out()).contains("unstarred " + fixture);
    }

    /** The same session page under two names: each talk is listed once, with both sources, and starred once. */
    @Test
    void aTalkFromTwoFilesIsListedOnceAndFixedOffsetsReadAsUtc() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SCHEDULE, in.resolve(SCHEDULE.getFileName()));
        // not byte for byte the same (that would be one file kept once): a copy saved with a trailing blank line
        Files.writeString(in.resolve("copy-of-the-session.txt"), Files.readString(SCHEDULE) + "\n");
        assertThat(run("ingest", in.toString()).exit()).isZero();

        String glamTitle = "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts";
        String schedule = run("agenda", "schedule").out();
        assertThat(schedule.split(Pattern.quote(glamTitle), -1)).as(schedule).hasSize(2);
        assertThat(schedule).contains("(2 sources: ").contains("copy-of-the-session.txt:11");
        String glam = idAfter(schedule, glamTitle);
        assertThat(run("agenda", "star", glam).exit()).isZero();
        assertThat(run("agenda", "list").out().split(Pattern.quote(glamTitle), -1)).hasSize(2);

        String plusTwo = run("agenda", "schedule", "--tz", "+02:00").out();
        assertThat(plusTwo).contains("Thu 2022-07-21 (UTC+02:00)", "* 21:30–21:35 UTC+02:00  " + glamTitle).doesNotContain("GMT");
        assertThat(run("agenda", "list", "--tz", "Etc/GMT-2").out()).contains("21:30–21:35 UTC+02:00").doesNotContain("GMT");
    }

    @Test
    void agendaErrorsAreClear() throws IOException {
        assertThat(CliRun.of("ingest", "--data=" + dir.resolve("data"), SCHEDULE.toString()).exit()).isZero();

        CliRun unknown = CliRun.of("agenda", "star", "--data=" + dir.resolve("data"), "r0000");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("paperscope: no work or record has the id 'r0000'");
        CliRun badZone = CliRun.of("agenda", "list", "--data=" + dir.resolve("data"), "--tz", "Mars/Olympus");
        assertThat(badZone.exit()).isEqualTo(2);
        assertThat(badZone.err()).contains("--tz: unknown time zone 'Mars/Olympus'");
        assertThat(CliRun.of("agenda", "unstar", "--data=" + dir.resolve("data"), "r0000").err()).contains("r0000 is not starred");
        assertThat(CliRun.of("agenda", "list", "--data=" + dir.resolve("data")).out()).contains("no starred talks");
    }

    @Test
    void readingListsWithNotesExportAsBibtex() throws Exception {
        assertThat(CliRun.of("ingest", "--data=" + dir.resolve("data"), SCHEDULE.toString()).exit()).isZero();
        String schedule = CliRun.of("agenda", "schedule", "--data=" + dir.resolve("data")).out();
        String glam = idAfter(schedule, "GLaM: Efficient Scaling of Language Models with Mixture-of-Experts");
        String staged = idAfter(schedule, "Staged Training for Transformer Language Models");

        assertThat(run("lists", "create", "To read").out()).contains("To read  (0 items)");
        CliRun empty = run("lists", "bibtex", "To read");
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).as("an empty list says so rather than printing nothing").contains("the list To read is empty");
        CliRun one = run("lists", "add", "To read", glam, "--note", "MoE & scaling");
        assertThat(one.exit()).isZero();
        assertThat(one.out()).contains("To read  (1 item)"); // a count says its noun in the right number
        CliRun shown = run("lists", "add", "To read", staged);
        assertThat(shown.out()).contains("1. GLaM: Efficient Scaling of Language Models with Mixture-of-Experts — Nan Du et al. (2022)  [" + glam + "]",
                "     note: MoE & scaling", "2. Staged Training for Transformer Language Models");
        assertThat(run("lists", "move", "To read", staged, "1").out()).contains("1. Staged Training");
        assertThat(run("reindex").exit()).isZero();
        assertThat(run("lists").out()).contains("To read  (2 items)");

        Path bib = dir.resolve("list.bib");
        assertThat(run("lists", "bibtex", "To read", "--out", bib.toString()).out()).contains("wrote 2 entries");
        var entries = new BibTeXParser().parse(Files.newBufferedReader(bib)).getEntries();
        assertThat(entries.keySet()).extracting(org.jbibtex.Key::getValue).containsExactlyInAnyOrder("du2022glam", "shen2022staged");

        CliRun dup = run("lists", "create", "to read");
        assertThat(dup.exit()).isEqualTo(1);
        assertThat(dup.err()).contains("a list named 'To read' already exists");
        assertThat(run("lists", "add", "To read", "r-nope").err()).contains("no work or record has the id 'r-nope'");
        CliRun blank = run("lists", "create", "   ");
        assertThat(blank.exit()).as("a bad name is a usage error").isEqualTo(2);
        assertThat(blank.err()).startsWith("paperscope: ");
        assertThat(run("lists", "move", "To read", staged, "9").exit()).as("a position outside the list").isEqualTo(2);
        assertThat(run("lists", "delete", "To read").out()).contains("deleted list To read");
        assertThat(run("lists", "show", "To read").err()).contains("there is no list named 'To read'");
    }

    @Test
    void exportCitesTheHitsOfASearch() throws Exception {
        assertThat(CliRun.of("ingest", "--data=" + dir.resolve("data"), SCHEDULE.toString()).exit()).isZero();

        CliRun bib = run("export", "--bibtex", "--limit", "3", "title:federated");
        assertThat(bib.exit()).as(bib.err()).isZero();
        assertThat(new BibTeXParser().parse(new StringReader(bib.out())).getEntries()).hasSize(2);
        CliRun csl = run("export", "--csl", "title:glam");
        assertThat(csl.out()).contains("\"id\" : \"du2022glam\"", "\"family\" : \"Du\"");
        assertThat(run("export", "--bibtex").err()).contains("--bibtex and --csl cite the hits of a QUERY");
        assertThat(run("export", "--records", "glam").err()).contains("a QUERY goes with --bibtex or --csl only");
    }

    @Test
    void newCommandsHaveHelp() {
        for (List<String> command : List.of(List.of("agenda"), List.of("agenda", "ics"), List.of("lists"), List.of("lists", "add"))) {
            String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
            CliRun r = CliRun.of(args);
            assertThat(r.exit()).as(command.toString()).isZero();
            assertThat(r.out()).contains("Usage: paperscope " + String.join(" ", command));
        }
    }
}
