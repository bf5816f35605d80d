package app.bravo.inbox.internal;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A message's parameters stored as a JSON array of strings: any text survives, quotes and braces included. */
public final class InboxParams {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private InboxParams() {
    }

    public static String encode(List<String> params) {
        return JSON.writeValueAsString(params);
    }

    public static List<String> decode(String json) {
        return List.copyOf(JSON.readValue(json, STRINGS));
    }
}
