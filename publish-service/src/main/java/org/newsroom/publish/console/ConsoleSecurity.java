package org.newsroom.publish.console;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what: {@code /console/**} needs the role {@code EDITOR} (form login for browsers, HTTP Basic for
 * tools: 401 without credentials, 403 without the role); everything else of publish (the site read API
 * {@code /api/v1/**}, {@code /actuator/health}, {@code /actuator/prometheus}) stays public. Users come from
 * {@link ConsoleProperties#users()}. State-changing console calls need the CSRF token of
 * {@code GET /console/api/csrf}. Only in a web application: the {@code reindex} command runs this service's context
 * without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    static final String EDITOR = "EDITOR";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/console", "/console/**").hasRole(EDITOR)
                        .anyRequest().permitAll())
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
