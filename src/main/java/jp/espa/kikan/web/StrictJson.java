package jp.espa.kikan.web;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API reads from JSON is what the registry and the engine can hold, or a 400 naming the field: no number
 * where a string is declared, no string or fraction where an integer is, no index for an enum; no NUL (PostgreSQL refuses it in text) and no
 * lone surrogate (stored as "?"); no date outside 1900-2100 (PostgreSQL stored -9999999-01-01 as -infinity, H2 failed
 * beyond year 9999). Rules of the law (the regime's start, "not in the future") are checked where the field is.
 */
@Configuration
class StrictJson {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** Refused values are reported with this exception, whose message the problem names the field with. */
    static final class RefusedValue extends JsonMappingException {
        RefusedValue(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTypes() {
        return builder -> builder
                .featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS, DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .postConfigurer(mapper -> mapper.coercionConfigFor(LogicalType.Textual)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    /** A Module bean: Spring Boot registers it after the JSR-310 module, so these deserializers take precedence. */
    @Bean
    SimpleModule plainTextAndPlausibleDates() {
        return new SimpleModule("StrictJson")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(LocalDate.class, new PlausibleDate());
    }

    static final class PlainText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (c == '\0') {
                        throw new RefusedValue(parser, "NUL characters are not allowed.");
                    }
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        throw new RefusedValue(parser, "Lone surrogate characters are not allowed (not valid Unicode).");
                    }
                }
            }
            return text;
        }
    }

    /** ISO dates as the JSR-310 module reads them, within {@link #EARLIEST} and {@link #LATEST}. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {
        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                throw new RefusedValue(parser, "A date between " + EARLIEST + " and " + LATEST + ".");
            }
            return date;
        }
    }
}
