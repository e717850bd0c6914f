package dev.paperscope.api;

import static dev.paperscope.api.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperscope.catalog.StoredWork;
import dev.paperscope.web.ServerFixture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merged-away work id answers with a permanent redirect to the surviving work, in the API and the web pages. */
class WorkRedirectApiTest {
    @TempDir
    static Path tmp;
    static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = ServerFixture.demo(tmp);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void anOldWorkIdRedirectsToTheSurvivor() {
        List<StoredWork> works = fixture.paperscope().works().all();
        String a = works.get(0).id();
        String b = works.get(1).id();
        String survivor = fixture.paperscope().changes().mergeWorks(a, b).id();
        String gone = survivor.equals(a) ? b : a;

        HttpResponse<String> api = fixture.get("/api/v1/works/" + gone);
        assertThat(api.statusCode()).isEqualTo(308);
        assertThat(api.headers().firstValue("Location")).contains("/api/v1/works/" + survivor);
        assertThat(json(api).get("redirect").asText()).isEqualTo(survivor);
        assertThat(fixture.get("/api/v1/works/" + survivor).statusCode()).isEqualTo(200);

        HttpResponse<String> page = fixture.get("/works/" + gone);
        assertThat(page.statusCode()).isEqualTo(308);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/works/" + survivor));
        assertThat(fixture.get("/api/v1/works/w0000000000000000").statusCode()).as("an id never seen is still a 404").isEqualTo(404);
    }
}
