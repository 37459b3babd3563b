package io.veritag.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A streamed JSON array is the very text the whole list gave, and leaves the output open. */
class JsonOutputTest {
    @Test
    void aStreamedArrayIsTheWholeListsText() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("title", "Kherson «liberated» 🇺🇦 \"quoted\" </script>");
        first.put("annotators", Map.of("anna", Map.of("status", "done", "spans", 4)));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2);
        second.put("title", null);
        for (List<Map<String, Object>> items : List.of(List.<Map<String, Object>>of(), List.of(first), List.of(first, second))) {
            StringWriter text = new StringWriter();
            PrintWriter out = new PrintWriter(text);
            JsonOutput.writeArray(out, items.iterator());
            out.print("after");
            out.flush();
            assertThat(text.toString()).isEqualTo(JsonOutput.write(items) + System.lineSeparator() + "after");
        }
    }
}
