package org.frontdoor.referral.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void aNumberWhoseLastDigitIsTheModulus11CheckDigitIsValid() {
        // 9434765919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9 ✓
        assertThat(NhsNumber.parse("9434765919")).map(NhsNumber::value).contains("9434765919");
        // 4010232137: sum 92; 92 mod 11 = 4; 11 − 4 = 7 ✓
        assertThat(NhsNumber.parse("4010232137")).isPresent();
    }

    @Test
    void spacesAsPeopleWriteThemAreIgnoredAndTheNormalFormIsTenDigits() {
        assertThat(NhsNumber.parse("943 476 5919")).map(NhsNumber::value).contains("9434765919");
        assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void aWrongCheckDigitIsInvalid() {
        assertThat(NhsNumber.parse("9434765918")).isEmpty();
        assertThat(NhsNumber.parse("4010232138")).isEmpty();
    }

    @Test
    void aCheckValueOfElevenMeansZero() {
        // 0000000000: sum 0; 11 − 0 = 11 → 0 ✓ (a real computation path, even if no such number is issued)
        assertThat(NhsNumber.parse("0000000000")).isPresent();
    }

    @Test
    void aNumberWhoseCheckValueWouldBeTenIsNeverValid() {
        // 400000008?: 4×10 + 8×2 = 56; 56 mod 11 = 1; 11 − 1 = 10: no last digit can make it valid
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.parse("400000008" + last)).as("last digit " + last).isEmpty();
        }
    }

    @Test
    void anythingButTenDigitsIsInvalid() {
        assertThat(NhsNumber.parse("943476591")).isEmpty();
        assertThat(NhsNumber.parse("94347659190")).isEmpty();
        assertThat(NhsNumber.parse("94347659A9")).isEmpty();
        assertThat(NhsNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new NhsNumber("1234567890")).isInstanceOf(IllegalArgumentException.class);
    }
}
