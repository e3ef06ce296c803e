package nl.plenum.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Arrays;

/**
 * Input is taken as written: 1.5 for a whole number is an error, not silently 1, and an enum is
 * one of its names, never its position ({@code 1}, {@code "2"}) or another spelling.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.registerModule(new SimpleModule("plenum-enums-by-name").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return new EnumByName(type.getRawClass());
            }
        }));
    }

    /** An enum from a JSON string that is exactly one of its constants' names. */
    static final class EnumByName extends StdDeserializer<Enum<?>> {

        private final Enum<?>[] constants;

        EnumByName(Class<?> type) {
            super(type);
            this.constants = (Enum<?>[]) type.getEnumConstants();
        }

        @Override
        public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                for (Enum<?> constant : constants) {
                    if (constant.name().equals(text)) {
                        return constant;
                    }
                }
            }
            String allowed = String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
            throw InvalidFormatException.from(p, "expected one of " + allowed, p.getText(), handledType());
        }
    }
}
