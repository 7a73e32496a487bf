package org.frontdoor.cases.reminders.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A lead professional's contact details for their reminders.
 *
 * @param email their work email address (where the daily reminder goes)
 */
record ContactRequest(@NotBlank @Size(max = 254) String email) {
}
