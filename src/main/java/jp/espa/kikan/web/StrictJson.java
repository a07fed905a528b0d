package jp.espa.kikan.web;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import jp.espa.kikan.platform.InputRules;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the API reads from JSON is what the registry and the engine can hold, or a 400 naming the field: no number
 * where a string is declared, no string or fraction where an integer is, no index for an enum, no key twice; texts and
 * dates by {@link InputRules} (no NUL, no lone surrogate; dates only as YYYY-MM-DD from 1900 to 2100), the rules the
 * forms of officials meet too. Rules of the law (the regime's start, "not in the future") are checked where the field is.
 */
@Configuration
class StrictJson {

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
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
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
            InputRules.TextFault fault = text == null ? null : InputRules.textFault(text);
            if (fault != null) {
                throw new RefusedValue(parser, fault.messageJa);
            }
            return text;
        }
    }

    /** A string YYYY-MM-DD within the years {@link InputRules} allows: no timestamp, no array, no number. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {
        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = parser.hasToken(JsonToken.VALUE_STRING) ? InputRules.date(parser.getText()) : null;
            if (date == null) {
                throw new RefusedValue(parser, "日付は YYYY-MM-DD の形式で、" + InputRules.EARLIEST + " から "
                        + InputRules.LATEST + " までの日にしてください。");
            }
            return date;
        }
    }
}
