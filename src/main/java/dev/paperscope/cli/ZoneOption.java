package dev.paperscope.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --tz ZONE}: an IANA time zone to show times in; absent means each talk's own zone. */
final class ZoneOption {
    @Option(names = "--tz", paramLabel = "ZONE", description = "IANA time zone to show times in, e.g. Europe/Berlin (default: each talk's own zone).")
    String zone;
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Optional<ZoneId> zone() {
        if (zone == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(zone.strip()));
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(command.commandLine(), "--tz: unknown time zone '" + zone
                    + "' (use an IANA name such as America/Los_Angeles or Europe/Berlin)");
        }
    }
}
