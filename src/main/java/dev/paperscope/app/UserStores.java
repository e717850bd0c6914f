package dev.paperscope.app;

import dev.paperscope.catalog.UrlSources;
import dev.paperscope.catalog.UserData;
import dev.paperscope.lists.ReadingLists;
import dev.paperscope.planner.Planner;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The user's own data (agenda, reading lists) in the catalog's file, opened on first use. Ids the user
 * keeps are checked and followed through {@link Works}: lookups, never a resolution.
 */
final class UserStores implements AutoCloseable {
    private final Path databaseFile;
    private final Works lookup;
    private UserData userData;
    private Planner planner;
    private ReadingLists lists;

    UserStores(Path databaseFile, Works lookup) {
        this.databaseFile = databaseFile;
        this.lookup = lookup;
    }

    synchronized Planner planner() {
        if (planner == null) {
            planner = new Planner(lookup::allRecords, lookup::recordsOfWorksNamedBy, userData(), Clock.systemUTC(), lookup::currentId);
        }
        return planner;
    }

    synchronized ReadingLists lists() {
        if (lists == null) {
            lists = new ReadingLists(userData(), lookup::isWorkOrRecord, Clock.systemUTC());
        }
        return lists;
    }

    /** The catalog's record of pages fetched from URLs (their bytes, fetch times, last checks). */
    UrlSources urlSources() {
        return new UrlSources(userData());
    }

    private synchronized UserData userData() {
        if (userData == null) {
            userData = UserData.open(databaseFile);
        }
        return userData;
    }

    @Override
    public synchronized void close() {
        if (userData != null) {
            userData.close();
        }
    }
}
