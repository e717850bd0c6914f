package dev.paperscope.app;

import dev.paperscope.catalog.Catalog;

/**
 * What tests in other packages may see beneath the facade (the catalog is package-private in product
 * code): for checks of the stored state itself, such as the kill test's integrity check.
 */
public final class AppInternals {
    private AppInternals() {
    }

    public static Catalog catalog(Paperscope ps) {
        return ps.catalog();
    }

    /** Resolutions the data folder ran since it opened. */
    public static long resolutionsRun(Paperscope ps) {
        return ps.resolutionsRun();
    }
}
