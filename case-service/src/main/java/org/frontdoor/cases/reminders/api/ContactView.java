package org.frontdoor.cases.reminders.api;

/** The contact details as recorded. */
record ContactView(String leadProfessionalId, String email) {
}
