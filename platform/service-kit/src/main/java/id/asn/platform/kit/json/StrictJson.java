package id.asn.platform.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.temporal.Temporal;

/**
 * Request bodies are read as written: a value of the wrong JSON type is refused (400 naming the field and the
 * expected type, see {@code ProblemMappers}) instead of being converted and stored. Jackson's defaults turn
 * {@code "60"} into 60, 60 into {@code "60"}, 1.5 into 1, {@code [2025,1,1]} into a date and {@code "true"} into
 * true; a client that sent any of these made a mistake it would want to hear about. A field the body's record does
 * not have is refused too (a misspelt {@code "jp "} or {@code "nmae"} would otherwise be dropped without a word).
 * Text that PostgreSQL cannot store (a NUL character) is refused here too, so that it never reaches the database
 * as a 500. Events are read with {@link #tolerant} instead: they may carry fields added after this consumer was
 * built (docs/events.md, evolution rules).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("asn-strict-json").setDeserializerModifier(new Modifier()));
    }

    /**
     * A reader of {@code type} for events and other documents written by another version of the platform: the
     * same types as requests, but fields this version does not know are ignored.
     */
    public static ObjectReader tolerant(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == String.class) {
                return new StorableString(deserializer);
            }
            if (Temporal.class.isAssignableFrom(type)) {
                return new TextualTemporal(deserializer);
            }
            return deserializer;
        }
    }

    /** A string without the NUL character, which a PostgreSQL text column refuses. */
    private static final class StorableString extends DelegatingDeserializer {
        StorableString(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StorableString(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof String text && !StorableText.allows(text)) {
                throw new UnstorableTextException(parser, text);
            }
            return value;
        }
    }

    /** Dates and times only as ISO-8601 text: the array and number forms of Jackson's java.time module are refused. */
    private static final class TextualTemporal extends DelegatingDeserializer {
        TextualTemporal(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextualTemporal(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
