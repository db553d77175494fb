package org.lms.adapter.in.rest.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestClassifierTest {

    @Test
    void onlyAPostToLoginIsASignInAttempt() {
        assertThat(RequestClassifier.isSignIn("/api/v1/auth/login", "POST")).isTrue();
        assertThat(RequestClassifier.isSignIn("api/v1/auth/login/", "POST")).isTrue();
        assertThat(RequestClassifier.isSignIn("/api/v1/auth/login", "GET")).isFalse();
        assertThat(RequestClassifier.isSignIn("/api/v1/auth/login/mfa", "POST")).isFalse();
        assertThat(RequestClassifier.isSignIn("/api/v1/auth/register", "POST")).isFalse();
    }
}
