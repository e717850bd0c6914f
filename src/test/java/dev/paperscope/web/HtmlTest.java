package dev.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterThatCanStartMarkup() {
        assertThat(Html.text("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void marksBecomeMarkOnlyAfterEscaping() {
        assertThat(Html.marked("a **<b>bold</b>** and **term**"))
                .isEqualTo("a <mark>&lt;b&gt;bold&lt;/b&gt;</mark> and <mark>term</mark>");
    }

    @Test
    void anUnpairedMarkerStaysText() {
        assertThat(Html.marked("x ** y **z** w")).isEqualTo("x <mark> y </mark>z** w");
        assertThat(Html.marked("only ** one")).isEqualTo("only ** one");
    }
}
