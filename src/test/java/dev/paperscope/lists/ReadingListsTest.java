package dev.paperscope.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperscope.catalog.UserData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadingListsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> KNOWN = Set.of("r1", "r2", "r3", "w1");
    @TempDir
    Path dir;

    private UserData db() {
        return UserData.open(dir.resolve("catalog.db"));
    }

    private static ReadingLists lists(UserData db) {
        return new ReadingLists(db, KNOWN::contains, NOW);
    }

    private static void fails(ThrowingCallable call, ListException.Reason reason, String message) {
        assertThatThrownBy(call).isInstanceOf(ListException.class).hasMessage(message)
                .extracting(e -> ((ListException) e).reason()).isEqualTo(reason);
    }

    @Test
    void itemsKeepTheirOrderAndNotes() {
        try (UserData db = db()) {
            ReadingLists lists = lists(db);
            lists.create("  To read ");
            lists.add("To read", "r1", "first");
            lists.add("to READ", "w1", null);
            ReadingList list = lists.add("To read", "r2", "  why: baseline  ");

            assertThat(list.name()).isEqualTo("To read");
            assertThat(list.createdAt()).isEqualTo(NOW.instant());
            assertThat(list.items()).extracting(ListItem::itemId, ListItem::position, ListItem::note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", 1, "first"),
                            org.assertj.core.groups.Tuple.tuple("w1", 2, null),
                            org.assertj.core.groups.Tuple.tuple("r2", 3, "why: baseline"));
            assertThat(lists.note("To read", "w1", "a work").items().get(1).note()).isEqualTo("a work");
            assertThat(lists.note("To read", "w1", " ").items().get(1).note()).isNull();
        }
    }

    @Test
    void removeAndMoveRenumber() {
        try (UserData db = db()) {
            ReadingLists lists = lists(db);
            lists.create("L");
            for (String id : new String[] {"r1", "r2", "r3", "w1"}) {
                lists.add("L", id, null);
            }
            assertThat(lists.move("L", "w1", 1).itemIds()).containsExactly("w1", "r1", "r2", "r3");
            assertThat(lists.move("L", "w1", 3).itemIds()).containsExactly("r1", "r2", "w1", "r3");
            ReadingList removed = lists.remove("L", "r2");
            assertThat(removed.itemIds()).containsExactly("r1", "w1", "r3");
            assertThat(removed.items()).extracting(ListItem::position).containsExactly(1, 2, 3);
            fails(() -> lists.move("L", "r1", 4), ListException.Reason.INVALID, "position 4 is outside list 'L' (1 to 3)");
        }
    }

    @Test
    void listsRenameDeleteAndOutliveTheConnection() {
        try (UserData db = db()) {
            ReadingLists lists = lists(db);
            lists.create("Diffusion");
            lists.create("agents");
            lists.add("Diffusion", "r1", "note");
            lists.rename("Diffusion", "diffusion models");
            lists.rename("agents", "Agents");
        }
        try (UserData db = db()) {
            ReadingLists lists = lists(db);
            assertThat(lists.all()).extracting(ReadingList::name).containsExactly("Agents", "diffusion models");
            assertThat(lists.get("DIFFUSION MODELS").items()).extracting(ListItem::note).containsExactly("note");
            lists.delete("diffusion models");
            assertThat(lists.all()).extracting(ReadingList::name).containsExactly("Agents");
            fails(() -> lists.get("diffusion models"), ListException.Reason.NOT_FOUND, "there is no list named 'diffusion models'");
        }
    }

    @Test
    void badRequestsFailClearlyAndChangeNothing() {
        try (UserData db = db()) {
            ReadingLists lists = lists(db);
            lists.create("To read");
            lists.create("Other");
            lists.add("To read", "r1", null);

            fails(() -> lists.create("TO READ"), ListException.Reason.CONFLICT, "a list named 'To read' already exists");
            fails(() -> lists.rename("Other", "to read"), ListException.Reason.CONFLICT, "a list named 'To read' already exists");
            fails(() -> lists.create(" "), ListException.Reason.INVALID, "a list needs a name");
            fails(() -> lists.create("a/b"), ListException.Reason.INVALID, "list name 'a/b' contains '/'");
            fails(() -> lists.create("tab\there"), ListException.Reason.INVALID, "list name 'tab?here' contains a control character");
            fails(() -> lists.create("x".repeat(81)), ListException.Reason.INVALID, "list name too long (81 characters, at most 80)");
            fails(() -> lists.add("To read", "r1", null), ListException.Reason.CONFLICT, "'r1' is already in list 'To read'");
            fails(() -> lists.add("To read", "r404", null), ListException.Reason.NOT_FOUND, "no work or record has the id 'r404'");
            fails(() -> lists.add("Nope", "r2", null), ListException.Reason.NOT_FOUND, "there is no list named 'Nope'");
            fails(() -> lists.note("To read", "r2", "x"), ListException.Reason.NOT_FOUND, "'r2' is not in list 'To read'");
            fails(() -> lists.remove("To read", "r2"), ListException.Reason.NOT_FOUND, "'r2' is not in list 'To read'");
            fails(() -> lists.add("To read", "r2", "n".repeat(10_001)), ListException.Reason.INVALID,
                    "note too long (10001 characters, at most 10000)");
            rename("Other", "Renamed", lists);
            assertThat(lists.all()).extracting(ReadingList::name).containsExactly("Renamed", "To read");
            assertThat(lists.get("To read").itemIds()).containsExactly("r1");
        }
    }

    private static void rename(String from, String to, ReadingLists lists) {
        assertThat(lists.rename(from, to).name()).isEqualTo(to);
    }

    @Test
    void anItemNoLongerKnownStaysInTheList() {
        try (UserData db = db()) {
            lists(db).create("L");
            lists(db).add("L", "r3", "keep me");
            ReadingLists afterReingest = new ReadingLists(db, id -> false, NOW);
            assertThat(afterReingest.get("L").items()).extracting(ListItem::itemId, ListItem::note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("r3", "keep me"));
        }
    }
}
