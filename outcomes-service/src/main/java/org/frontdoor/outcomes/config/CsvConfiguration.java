package org.frontdoor.outcomes.config;

import java.util.List;
import java.util.Map;

import org.frontdoor.outcomes.exports.api.CsvExportConverter;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CSV by Spring MVC's content negotiation: a handler that produces {@code text/csv} returns an export
 * ({@code ExportTable}) and {@link CsvExportConverter} writes it; the handler mapping picks the handler by what the
 * caller asks for. The caller asks with the {@code Accept} header, or with {@code format=csv} / {@code format=json}
 * (the scorecard's parameter, kept so a link or a spreadsheet's web query can ask for the file), which wins over the
 * header. A {@code format} of any other value leaves the choice to the header, and the handler refuses it by name
 * (400). What no handler can produce is 406 problem+json (service-platform's problem answers).
 */
@Configuration
class CsvConfiguration implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new CsvExportConverter());
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.strategies(List.of(new FormatParameter(), new HeaderContentNegotiationStrategy()));
    }

    /** {@code format=csv} asks for {@code text/csv}, {@code format=json} for {@code application/json}. */
    static final class FormatParameter extends ParameterContentNegotiationStrategy {

        FormatParameter() {
            super(Map.of("csv", MediaType.parseMediaType(CsvExportConverter.TEXT_CSV_VALUE),
                    "json", MediaType.APPLICATION_JSON));
            setParameterName("format");
        }

        @Override
        protected String getMediaTypeKey(NativeWebRequest request) {
            String format = super.getMediaTypeKey(request);
            return format == null ? null : format.strip();
        }

        /** Not a format this service knows: no opinion (the Accept header decides; the handler names the field). */
        @Override
        protected MediaType handleNoMatch(NativeWebRequest request, String key) {
            return null;
        }
    }
}
