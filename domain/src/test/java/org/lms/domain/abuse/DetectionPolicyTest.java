package org.lms.domain.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DetectionPolicyTest {

    private final AbusePolicies policies = AbusePolicies.of(5, 20, 10, 5, 3, 5);

    @Test
    void passwordSprayingFiresOnceWhenTheTenthAccountFailsFromOneAddress() {
        DetectionPolicy spraying = policies.rule(DetectionRule.PASSWORD_SPRAYING);

        assertThat(LongStream.rangeClosed(1, 30).filter(spraying::firesOnReaching)).containsExactly(10L);
    }

    @Test
    void credentialStuffingFiresOnceWhenTheFifthAddressFailsForOneAccount() {
        DetectionPolicy stuffing = policies.rule(DetectionRule.CREDENTIAL_STUFFING);

        assertThat(LongStream.rangeClosed(1, 30).filter(stuffing::firesOnReaching)).containsExactly(5L);
    }

    @Test
    void successAfterFailuresFiresForASuccessFollowingThreeOrMoreFailures() {
        DetectionPolicy success = policies.rule(DetectionRule.SUCCESS_AFTER_FAILURES);

        assertThat(success.firesAtLeast(2)).isFalse();
        assertThat(success.firesAtLeast(3)).isTrue();
        assertThat(success.firesAtLeast(9)).isTrue();
    }

    @Test
    void mfaFailureBurstFiresOnceAtTheFifthWrongCode() {
        DetectionPolicy burst = policies.rule(DetectionRule.MFA_FAILURE_BURST);

        assertThat(LongStream.rangeClosed(1, 12).filter(burst::firesOnReaching)).containsExactly(5L);
    }

    @Test
    void refreshTokenReuseFiresOnTheFirstReuse() {
        DetectionPolicy reuse = policies.rule(DetectionRule.REFRESH_TOKEN_REUSE);

        assertThat(reuse.firesAtLeast(1)).isTrue();
        assertThat(reuse.firesOnReaching(1)).isTrue();
    }

    @Test
    void everyRuleHasAPolicyAndALabel() {
        assertThat(Arrays.stream(DetectionRule.values()).map(DetectionRule::label)).containsExactly(
                "password_spraying", "credential_stuffing", "success_after_failures", "mfa_failure_burst",
                "refresh_token_reuse");
        assertThatThrownBy(() -> new AbusePolicies(policies.accounts(), policies.addresses(),
                Map.of(DetectionRule.PASSWORD_SPRAYING, policies.rule(DetectionRule.PASSWORD_SPRAYING))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DetectionPolicy(DetectionRule.MFA_FAILURE_BURST, 0, java.time.Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
