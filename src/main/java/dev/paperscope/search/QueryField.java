package dev.paperscope.search;

import dev.paperscope.index.IndexSchema;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fields a query may name, and how each is matched. */
public enum QueryField {
    TITLE(IndexSchema.TITLE, Type.TEXT),
    ABSTRACT(IndexSchema.ABSTRACT, Type.TEXT),
    AUTHOR(IndexSchema.AUTHOR, Type.TEXT),
    VENUE(IndexSchema.VENUE, Type.TEXT),
    YEAR(IndexSchema.YEAR, Type.INTEGER),
    ROOM(IndexSchema.ROOM, Type.TEXT),
    SESSION(IndexSchema.SESSION, Type.TEXT),
    MODERATOR(IndexSchema.MODERATOR, Type.TEXT),
    AWARD(IndexSchema.AWARD, Type.TEXT),
    SECTION(IndexSchema.SECTION, Type.TEXT),
    KIND(IndexSchema.KIND, Type.KEYWORD),
    SOURCE(IndexSchema.SOURCE, Type.TEXT),
    ID(IndexSchema.ID, Type.KEYWORD),
    START(IndexSchema.START, Type.TIME),
    END(IndexSchema.END, Type.TIME);

    enum Type { TEXT, KEYWORD, INTEGER, TIME }

    private final String indexField;
    private final Type type;

    QueryField(String indexField, Type type) {
        this.indexField = indexField;
        this.type = type;
    }

    public String externalName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String indexField() {
        return indexField;
    }

    Type type() {
        return type;
    }

    static Optional<QueryField> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("authors")) {
            n = "author";
        }
        String wanted = n;
        return Arrays.stream(values()).filter(f -> f.externalName().equals(wanted)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(QueryField::externalName).toList());
    }
}
