package id.asn.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsAPageAsTheServicesAnswerIt() {
        Object page = Json.parse("""
                {"items": [{"id": "6f1c", "code": "BKPSDM", "parentId": null, "active": true, "version": 0}],
                 "page": 1, "size": 20, "totalItems": 1, "totalPages": 1, "score": 2.75, "empty": {}, "none": []}""");

        Map<String, Object> expectedItem = new LinkedHashMap<>();
        expectedItem.put("id", "6f1c");
        expectedItem.put("code", "BKPSDM");
        expectedItem.put("parentId", null);
        expectedItem.put("active", true);
        expectedItem.put("version", new BigDecimal("0"));
        Map<String, Object> object = Json.object(page);
        assertEquals(List.of(expectedItem), object.get("items"));
        assertEquals(new BigDecimal("2.75"), object.get("score"));
        assertEquals(Map.of(), object.get("empty"));
        assertEquals(List.of(), object.get("none"));
    }

    @Test
    void aQuotedStringReadsBackUnchanged() {
        for (String s : Arrays.asList("Kota \"Lama\"", "a\\b", "baris\nbaru\ttab", "Sawahlunto \u0001", "")) {
            assertEquals(s, Json.parse(Json.quote(s)));
        }
        assertEquals("\u00e9", Json.parse("\"\\u00e9\""));
    }

    @Test
    void brokenJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{a: 1}"));
    }
}
