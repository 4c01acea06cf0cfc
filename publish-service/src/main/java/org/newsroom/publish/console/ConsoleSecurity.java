package org.newsroom.publish.console;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what: {@code /console/**} needs the role {@code EDITOR} (form login for browsers, HTTP Basic for
 * tools: 401 without credentials, 403 without the role); everything else of publish (the site read API
 * {@code /api/v1/**}, {@code /actuator/health}, {@code /actuator/prometheus}) stays public. Users come from
 * {@link ConsoleProperties#users()}. State-changing console calls (and the login form) need the CSRF token of
 * {@code GET /console/api/csrf}; the public, session-less rest of the service is not subject to CSRF checks. Only in a
 * web application: the {@code reindex} command runs this service's context without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    static final String EDITOR = "EDITOR";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Unsafe requests to the console, the login form or logout: the ones a browser session authorizes. */
    static final RequestMatcher SESSION_WRITES = request -> {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/console") || path.startsWith("/console/") || path.equals("/login")
                || path.equals("/logout");
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console", "/console/**").hasRole(EDITOR)
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SESSION_WRITES))
                .formLogin(withDefaults())
                .httpBasic(withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleProperties properties) {
        return new InMemoryUserDetailsManager(properties.users().stream()
                .map(user -> (UserDetails) User.withUsername(user.name())
                        .password(user.password())
                        .roles(user.roles().toArray(String[]::new))
                        .build())
                .toList());
    }
}
