package id.kinerja.benchmark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpLoadTest {

    @Test
    void aLuaStringEscapesQuotesBackslashesAndEveryByteBeyondAscii() {
        assertEquals("\"/api/v1/staff?limit=20&q=dewi%20lubis\"", HttpLoad.luaString("/api/v1/staff?limit=20&q=dewi%20lubis"));
        assertEquals("\"a\\\"b\\\\c\\010\"", HttpLoad.luaString("a\"b\\c\n"));
        assertEquals("\"\\195\\169\"", HttpLoad.luaString("é"));
    }

    @Test
    void eachKindIsWrittenAsAScriptAskingItsRequestsInTurn(@TempDir Path folder) throws Exception {
        Map<String, HttpLoad.Ask> kinds = new LinkedHashMap<>();
        kinds.put("point read", new HttpLoad.Ask("t0", "/api/v1/staff/1"));
        kinds.put("one of two teams", new HttpLoad.Ask(List.of("t1", "t2"), List.of("/api/v1/a?rater=1", "/api/v1/a?rater=2")));
        new HttpLoad(8181, "t0", 4).forWrk(folder.toString()).reportAsked(kinds, 3);

        assertEquals(List.of("01.lua\tpoint read", "02.lua\tone of two teams"), Files.readAllLines(folder.resolve("kinds.tsv")));
        String two = Files.readString(folder.resolve("02.lua"));
        assertTrue(two.startsWith("-- one of two teams\n"), two);
        assertTrue(two.contains("{\"/api/v1/a?rater=1\", \"Bearer t1\"},\n  {\"/api/v1/a?rater=2\", \"Bearer t2\"},"), two);
        assertTrue(two.contains("function request()"), two);
        assertTrue(Files.readString(folder.resolve("01.lua")).contains("{\"/api/v1/staff/1\", \"Bearer t0\"}"));
    }
}
