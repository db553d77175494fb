package org.lms.adapter.in.rest.caller;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lms.application.port.in.AuthenticateRequestUseCase.EndpointClass;

class AccessDenialsTest {

    @Test
    void pathsFallIntoTheFourBoundedEndpointClasses() {
        assertThat(AccessDenials.classify("/api/v1/auth/logout")).isEqualTo(EndpointClass.AUTH);
        assertThat(AccessDenials.classify("api/v1/account/mfa")).isEqualTo(EndpointClass.AUTH);
        assertThat(AccessDenials.classify("/api/v1/courses/0d4c/publish")).isEqualTo(EndpointClass.COURSES);
        assertThat(AccessDenials.classify("/api/v1/admin/users/1/roles/ADMIN")).isEqualTo(EndpointClass.ADMIN);
        assertThat(AccessDenials.classify("/metrics")).isEqualTo(EndpointClass.OTHER);
        assertThat(AccessDenials.classify(null)).isEqualTo(EndpointClass.OTHER);
    }
}
