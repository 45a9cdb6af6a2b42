package org.nadiya.security.internal;

import java.time.Clock;

import org.nadiya.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@ConditionalOnWebApplication
class SecurityConfig {

    /** No inline script or style anywhere; every script comes from this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC = {"/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserStore users, AuditLog audit, Clock clock) throws Exception {
        // The API's description is read like the API: with a bearer token or a session, never a redirect to /login.
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .addFilterBefore(new BearerTokenFilter(users, audit, clock), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionVersionFilter(users, audit), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ResearcherConfinementFilter(), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter::presentsToken))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) ->
                                JsonErrors.write(res, 401, "authentication required"))
                        .accessDeniedHandler((req, res, ex) -> JsonErrors.write(res, 403,
                                ex instanceof CsrfException ? "missing or invalid CSRF token" : "forbidden")))
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable());
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, UserStore users, AuditLog audit, SignInThrottle throttle)
            throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionVersionFilter(users, audit), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new ResearcherConfinementFilter(), AnonymousAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error")
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("NADIYA_SESSION"))
                .httpBasic(b -> b.disable());
        return headers(http).build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
    }
}
