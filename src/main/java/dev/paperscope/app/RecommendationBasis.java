package dev.paperscope.app;

import java.util.List;
import java.util.Objects;

/** What recommendations learn from: a reading list, the starred talks, some works, or everything the user keeps (lists and stars). */
public sealed interface RecommendationBasis {
    /** How the explanation names it: "your list", "your stars", "the works given", "your lists and stars". */
    String where();

    record ReadingList(String name) implements RecommendationBasis {
        public ReadingList {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String where() {
            return "your list " + name;
        }
    }

    record Starred() implements RecommendationBasis {
        @Override
        public String where() {
            return "your stars";
        }
    }

    record Works(List<String> ids) implements RecommendationBasis {
        public Works {
            ids = List.copyOf(ids);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("give at least one work or record id");
            }
        }

        @Override
        public String where() {
            return "the works given";
        }
    }

    record Everything() implements RecommendationBasis {
        @Override
        public String where() {
            return "your lists and stars";
        }
    }
}
