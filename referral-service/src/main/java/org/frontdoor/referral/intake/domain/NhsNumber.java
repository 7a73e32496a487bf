package org.frontdoor.referral.intake.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A ten-digit NHS number whose last digit is its modulus-11 check digit. Digits 1–9 are weighted 10 down to 2; the
 * check digit is 11 minus the remainder of the sum divided by 11 (11 becomes 0). A computed check of 10 means the
 * number was never issued, so it is invalid like any number whose last digit does not match.
 *
 * @param value the ten digits, without spaces
 */
public record NhsNumber(String value) {

    public NhsNumber {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
    }

    /** The NHS number written with or without spaces ({@code 943 476 5919}), if its check digit is right. */
    public static Optional<NhsNumber> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String digits = written.replace(" ", "");
        return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    static boolean isValid(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** As people write it: {@code 943 476 5919}. */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }
}
