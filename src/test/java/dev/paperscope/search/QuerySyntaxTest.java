package dev.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {
    @Test
    void freeWordsAreGatheredIntoOneClause() {
        ParsedQuery q = QuerySyntax.parse("text to image  diffusion");
        assertThat(q.clauses()).containsExactly(new Clause.FreeText("text to image diffusion", false, false));
    }

    @Test
    void fieldValuesPhrasesAndExclusions() {
        ParsedQuery q = QuerySyntax.parse("author:\"Yoshua Bengio\" title:flow -kind:blog_post -\"neural radiance\" gflownet");
        assertThat(q.clauses()).containsExactly(
                new Clause.FreeText("gflownet", false, false),
                new Clause.FieldMatch(QueryField.AUTHOR, "Yoshua Bengio", true, false),
                new Clause.FieldMatch(QueryField.TITLE, "flow", false, false),
                new Clause.FieldMatch(QueryField.KIND, "blog_post", false, true),
                new Clause.FreeText("neural radiance", true, true));
    }

    @Test
    void yearRangesOpenAndClosed() {
        assertThat(QuerySyntax.parse("year:2020..2022").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, 2020L, 2022L, false, false));
        assertThat(QuerySyntax.parse("year:2020..").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, 2020L, null, false, false));
        assertThat(QuerySyntax.parse("year:..2019").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, null, 2019L, false, false));
        assertThat(QuerySyntax.parse("year:2022").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, 2022L, 2022L, false, false));
        assertThat(QuerySyntax.parse("year>2021").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, 2022L, null, false, false));
        assertThat(QuerySyntax.parse("year<2021").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, null, 2020L, false, false));
    }

    @Test
    void timeWithoutOffsetComparesPageLocalClockAndMinuteIsInclusive() {
        long t = LocalDateTime.parse("2022-07-21T12:30").toEpochSecond(ZoneOffset.UTC);
        assertThat(QuerySyntax.parse("start>=2022-07-21T12:30").clauses())
                .containsExactly(new Clause.Range(QueryField.START, t, null, true, false));
        assertThat(QuerySyntax.parse("end<=2022-07-21T12:30").clauses())
                .containsExactly(new Clause.Range(QueryField.END, null, t + 59, true, false));
    }

    @Test
    void timeWithOffsetIsAnInstantAndDateIsAWholeDay() {
        long t = OffsetDateTime.parse("2022-07-21T12:30-07:00").toEpochSecond();
        assertThat(QuerySyntax.parse("start>=2022-07-21T12:30-07:00").clauses())
                .containsExactly(new Clause.Range(QueryField.START, t, null, false, false));
        long day = LocalDateTime.parse("2022-07-21T00:00").toEpochSecond(ZoneOffset.UTC);
        assertThat(QuerySyntax.parse("start:2022-07-21").clauses())
                .containsExactly(new Clause.Range(QueryField.START, day, day + 86_399, true, false));
    }

    @Test
    void unknownFieldIsSearchedAsTextWithANote() {
        ParsedQuery q = QuerySyntax.parse("auther:hinton");
        assertThat(q.clauses()).containsExactly(new Clause.FreeText("auther:hinton", false, false));
        assertThat(q.notes()).singleElement().asString().contains("'auther' is not a field");
    }

    @Test
    void titleWithColonStaysText() {
        ParsedQuery q = QuerySyntax.parse("GLaM: efficient scaling");
        assertThat(q.clauses()).containsExactly(new Clause.FreeText("GLaM: efficient scaling", false, false));
        assertThat(q.notes()).isEmpty();
    }

    @Test
    void aFieldWithItsValueAfterASpaceIsThatField() {
        assertThat(QuerySyntax.parse("year: 2020").clauses()).containsExactly(new Clause.Range(QueryField.YEAR, 2020L, 2020L, false, false));
        assertThat(QuerySyntax.parse("diffusion -title: \"video models\"").clauses()).containsExactly(
                new Clause.FreeText("diffusion", false, false), new Clause.FieldMatch(QueryField.TITLE, "video models", true, true));
        assertThat(QuerySyntax.parse("GLaM: efficient").clauses()).as("not a field: text as before")
                .containsExactly(new Clause.FreeText("GLaM: efficient", false, false));
        assertThatThrownBy(() -> QuerySyntax.parse("diffusion title:")).as("a field with nothing after it is not the word 'title'")
                .hasMessageContaining("no value after title:");
    }

    @Test
    void authorsIsAnAliasOfAuthor() {
        assertThat(QuerySyntax.parse("authors:hinton").clauses())
                .containsExactly(new Clause.FieldMatch(QueryField.AUTHOR, "hinton", false, false));
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertThatThrownBy(() -> QuerySyntax.parse("   ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> QuerySyntax.parse("title:\"open phrase")).hasMessageContaining("unterminated quote starting at column 7");
        assertThatThrownBy(() -> QuerySyntax.parse("year:twenty")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> QuerySyntax.parse("year:2023..2020")).hasMessageContaining("lower bound is above upper bound");
        assertThatThrownBy(() -> QuerySyntax.parse("kind:poster")).hasMessageContaining("kind must be paper, talk or blog_post");
        assertThatThrownBy(() -> QuerySyntax.parse("title>=x")).hasMessageContaining("cannot be compared");
        assertThatThrownBy(() -> QuerySyntax.parse("start>=July")).hasMessageContaining("needs a time like");
        assertThatThrownBy(() -> QuerySyntax.parse("start:2022-07-21T10:00..2022-07-21T11:00Z")).hasMessageContaining("both ends");
        assertThatThrownBy(() -> QuerySyntax.parse("title:\"\"")).hasMessageContaining("no value after title:");
        assertThatThrownBy(() -> QuerySyntax.parse("x".repeat(5000))).hasMessageContaining("limit is 4096");
    }
}
