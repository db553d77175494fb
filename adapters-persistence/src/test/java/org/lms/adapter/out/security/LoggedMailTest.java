package org.lms.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lms.domain.identity.EmailAddress;

class LoggedMailTest {

    @Test
    void logShowsOnlyAMaskedRecipient() {
        assertThat(LoggedMail.mask(new EmailAddress("ada.lovelace@example.org"))).isEqualTo("a***@example.org");
    }
}
