package com.hivecheck.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * English and Russian. The language comes from Accept-Language until the visitor picks one with {@code ?lang=},
 * which a cookie then remembers for a year.
 *
 * <p>Whatever a request names, the resolved locale is always one of {@link #SUPPORTED}: an unknown language, a
 * region or script ({@code ru-UA}) or a malformed cookie ({@code lang=<x>}) falls back to the supported language
 * it names, or to English, and never fails the request. So everything keyed by the locale (the page caches, the
 * message lookups) has exactly two entries, whatever visitors send.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The supported locale with the given locale's language, if there is one. */
    static @Nullable Locale supported(@Nullable Locale locale) {
        if (locale == null) {
            return null;
        }
        return SUPPORTED.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(null);
    }

    /** The cookie resolver, narrowed to {@link #SUPPORTED}; an invalid cookie is ignored, not an error. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("lang");
            setCookieMaxAge(Duration.ofDays(365));
            setRejectInvalidCookies(false);
            setDefaultLocaleFunction(request -> {
                Locale requested = supported(request.getLocale());
                return requested == null ? Locale.ENGLISH : requested;
            });
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return narrow(super.resolveLocale(request), request);
        }

        /** Read on every use, like the cookie resolver's own: a {@code ?lang=} switch later in the request counts. */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            LocaleContext context = super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return narrow(context.getLocale(), request);
                }

                @Override
                public @Nullable TimeZone getTimeZone() {
                    return context instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
                }
            };
        }

        /** Remembers only a supported language; {@code ?lang=de} changes nothing. */
        @Override
        public void setLocaleContext(HttpServletRequest request, @Nullable HttpServletResponse response,
                @Nullable LocaleContext localeContext) {
            Locale locale = localeContext == null ? null : localeContext.getLocale();
            if (locale != null && supported(locale) == null) {
                return;
            }
            super.setLocaleContext(request, response,
                    locale == null ? localeContext : new SimpleTimeZoneAwareLocaleContext(supported(locale),
                            localeContext instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null));
        }

        private Locale narrow(@Nullable Locale locale, HttpServletRequest request) {
            Locale supported = supported(locale);
            if (supported != null) {
                return supported;
            }
            Locale requested = supported(request.getLocale());
            return requested == null ? Locale.ENGLISH : requested;
        }
    }
}
