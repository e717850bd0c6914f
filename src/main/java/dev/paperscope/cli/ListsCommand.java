package dev.paperscope.cli;

import dev.paperscope.app.Counted;
import dev.paperscope.app.Paperscope;
import dev.paperscope.export.Citable;
import dev.paperscope.export.Exporter;
import dev.paperscope.lists.ListItem;
import dev.paperscope.lists.ReadingList;
import dev.paperscope.lists.ReadingLists;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "Reading lists: named lists of works or records with a note each. Without a subcommand: every list.",
        subcommands = {ListsCommand.Create.class, ListsCommand.Rename.class, ListsCommand.Delete.class, ListsCommand.Add.class,
                ListsCommand.Note.class, ListsCommand.Remove.class, ListsCommand.Move.class, ListsCommand.Show.class,
                ListsCommand.Bibtex.class})
final class ListsCommand extends DataCommand {
    @Override
    int run(Paperscope ps, PrintWriter out) {
        List<ReadingList> all = ps.lists().all();
        if (all.isEmpty()) {
            out.println("no reading lists (lists create NAME)");
        }
        all.forEach(l -> out.println(l.name() + "  (" + Counted.of(l.items().size(), "item") + ")"));
        return 0;
    }

    /** A subcommand that changes (or only reads) one list and prints the list as it is afterwards. */
    abstract static class ListChange extends DataCommand {
        @Override
        final int run(Paperscope ps, PrintWriter out) {
            print(ps, change(ps.lists()), out);
            return 0;
        }

        /** Applies the change; returns the list as it is now. */
        abstract ReadingList change(ReadingLists lists);
    }

    /** {@code NAME ID}: the list, and the work or record in it, that an item subcommand acts on. */
    static final class ItemArgs {
        @Parameters(index = "0", paramLabel = "NAME", description = "The reading list's name.") String name;
        @Parameters(index = "1", paramLabel = "ID", description = "A work or record id, as search, export and author show them.") String id;
    }

    static void print(Paperscope ps, ReadingList list, PrintWriter out) {
        out.println(list.name() + "  (" + Counted.of(list.items().size(), "item") + ")");
        var exporter = ps.exports();
        for (ListItem item : list.items()) {
            Optional<Citable> c = exporter.citable(item.itemId());
            out.println(String.format("  %d. %s  [%s]", item.position(), c.map(ListsCommand::describe)
                    .orElse("MISSING (no longer in the catalog)"), item.itemId()));
            if (item.note() != null) {
                out.println("     note: " + item.note().replace("\n", "\n           "));
            }
        }
    }

    private static String describe(Citable c) {
        String authors = c.authors().isEmpty() ? "" : " — " + c.authors().getFirst() + (c.authors().size() > 1 ? " et al." : "");
        return (c.title() == null ? "(untitled)" : c.title()) + authors + (c.year() == null ? "" : " (" + c.year() + ")");
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Creates an empty list.")
    static final class Create extends ListChange {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.create(name);
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Renames a list.")
    static final class Rename extends ListChange {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "NEW_NAME") String newName;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.rename(name, newName);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a list and its notes.")
    static final class Delete extends DataCommand {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        int run(Paperscope ps, PrintWriter out) {
            ps.lists().delete(name);
            out.println("deleted list " + name);
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Appends a work or record (ids as search, export and author show them).")
    static final class Add extends ListChange {
        @Mixin ItemArgs item;
        @Option(names = "--note", paramLabel = "TEXT", description = "A note on this item.") String note;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.add(item.name, item.id, note);
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Sets the note of an item (an empty TEXT clears it).")
    static final class Note extends ListChange {
        @Mixin ItemArgs item;
        @Parameters(index = "2", paramLabel = "TEXT", description = "The note; an empty TEXT ('') clears it.") String text;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.note(item.name, item.id, text);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an item.")
    static final class Remove extends ListChange {
        @Mixin ItemArgs item;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.remove(item.name, item.id);
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Moves an item to a 1-based position.")
    static final class Move extends ListChange {
        @Mixin ItemArgs item;
        @Parameters(index = "2", paramLabel = "POSITION", description = "The item's new place, 1 for the first.") int position;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.move(item.name, item.id, position);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One list: its items in order, with notes.")
    static final class Show extends ListChange {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        ReadingList change(ReadingLists lists) {
            return lists.get(name);
        }
    }

    @Command(name = "bibtex", mixinStandardHelpOptions = true, description = "The list's items as BibTeX (items missing from the catalog are left out, with a note).")
    static final class Bibtex extends DataCommand {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path outFile;

        @Override
        int run(Paperscope ps, PrintWriter out) throws IOException {
            var exporter = ps.exports();
            List<String> ids = ps.lists().get(name).itemIds();
            if (ids.isEmpty()) {
                spec.commandLine().getErr().println("paperscope: the list " + name + " is empty: no BibTeX to write (paperscope lists add " + name + " ID)");
                return 0;
            }
            List<String> present = ids.stream().filter(id -> exporter.citable(id).isPresent()).toList();
            List<Citable> cited = exporter.citables(present);
            List<String> untitled = Exporter.untitled(cited);
            ExportCommand.emit(Exporter.bibtexOf(cited), outFile, spec, Counted.of(cited.size() - untitled.size(), "entry", "entries"));
            ExportCommand.untitled(untitled, spec);
            if (present.size() < ids.size()) {
                spec.commandLine().getErr().println("paperscope: " + Counted.of(ids.size() - present.size(), "item")
                        + " of the list " + (ids.size() - present.size() == 1 ? "is" : "are") + " no longer in the catalog and were left out (lists show " + name + ")");
            }
            return 0;
        }
    }
}
