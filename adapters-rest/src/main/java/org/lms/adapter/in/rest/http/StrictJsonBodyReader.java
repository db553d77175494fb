package org.lms.adapter.in.rest.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.lms.domain.shared.InvalidValueException;

/**
 * Reads every JSON request body (each is a record): a field the record does not have, also inside
 * nested records and lists of them, is refused with 422 naming it with its path (such as
 * {@code questions[2].score} or a misspelt {@code feedbak}) instead of being silently ignored, so a
 * forged or mistyped value never passes as an absent one. Then it binds with JSON-B. Malformed JSON
 * and values of the wrong type are 400; a body over the size limit stays 413.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class StrictJsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream content = new PushbackInputStream(body);
        int first = content.read();
        if (first == -1) {
            return null; // No body: the resource decides whether it needs one.
        }
        content.unread(first);
        JsonValue json;
        try (JsonReader reader = Json.createReader(content)) {
            json = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw unreadable(e);
        }
        requireKnownFields(genericType, json, "");
        try {
            return JSONB.fromJson(json.toString(), genericType);
        } catch (JsonbException e) {
            throw unreadable(e);
        }
    }

    /** Keeps a size-limit refusal (413) recognisable; everything else is a malformed body (400). */
    private static RuntimeException unreadable(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return new ProcessingException("The request body is not valid JSON of the expected shape", e);
    }

    private static void requireKnownFields(Type type, JsonValue json, String path) {
        Class<?> raw = raw(type);
        if (raw.isRecord() && json instanceof JsonObject object) {
            Map<String, Type> fields = Arrays.stream(raw.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getGenericType));
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!fields.containsKey(field.getKey())) {
                    throw new InvalidValueException(name, name + " is not a field of this request");
                }
                requireKnownFields(fields.get(field.getKey()), field.getValue(), name);
            }
        } else if (json instanceof JsonArray array && Collection.class.isAssignableFrom(raw)
                && type instanceof ParameterizedType collection) {
            for (int i = 0; i < array.size(); i++) {
                requireKnownFields(collection.getActualTypeArguments()[0], array.get(i), path + "[" + i + "]");
            }
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}
