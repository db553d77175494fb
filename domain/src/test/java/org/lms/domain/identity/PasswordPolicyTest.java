package org.lms.domain.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lms.domain.identity.PasswordPolicy.WeakPasswordException;

class PasswordPolicyTest {

    private final EmailAddress ada = new EmailAddress("ada.lovelace@example.org");

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Tr0ub4dor&3xyz", "ÉtéÀParis2024", "twelve chars1"})
    void acceptsLongMixedPasswords(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, ada)).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsShorterThanTwelveOrLongerThan128Characters() {
        assertRefused("Short-pass1");
        assertRefused("Aa1-".repeat(32) + "x");
        assertThatCode(() -> PasswordPolicy.check("Aa1-".repeat(32), ada)).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsOfASingleCharacterClass() {
        assertRefused("abcdefghijklmnop");
        assertRefused("ABCDEFGHIJKLMNOP");
        assertRefused("1234567898765432");
        assertRefused("!@#$%^&*()_+-=[]");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertRefused("Password1234");
        assertRefused("QWERTY123456");
    }

    @Test
    void refusesPasswordsContainingTheEmailName() {
        assertRefused("my-Ada.Lovelace-2024");
    }

    @Test
    void theRefusalNamesTheFieldButNeverThePassword() {
        assertThatThrownBy(() -> PasswordPolicy.check("abcdefghijklmnop", ada))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageNotContaining("abcdefghijklmnop")
                .extracting("field").isEqualTo("password");
    }

    private void assertRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, ada)).isInstanceOf(WeakPasswordException.class);
    }
}
