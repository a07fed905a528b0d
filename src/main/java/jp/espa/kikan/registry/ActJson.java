package jp.espa.kikan.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The stored form of an act's content: JSON of its record type, dates as ISO days. {@link #VERSION} is the schema
 * version written; a reader refuses content of a later version than it knows rather than guess. Its own mapper, so
 * settings of the API's JSON never change what the case file holds.
 */
public final class ActJson {

    /** Version 1: the records of {@link ActContent} as introduced with typed acts (V17). */
    public static final int VERSION = 1;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ActJson() {
    }

    static String write(ActContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Content of " + content.getClass().getSimpleName() + " not writable", e);
        }
    }

    static ActContent read(LegalActType type, String json, int version) {
        if (version > VERSION) {
            throw new IllegalStateException("Act content of schema version " + version + " is newer than this release ("
                    + VERSION + ")");
        }
        try {
            return MAPPER.readValue(json, type.contentType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored content of a " + type + " act does not read as "
                    + type.contentType().getSimpleName(), e);
        }
    }
}
