package org.frontdoor.console.calls;

import java.util.ArrayList;
import java.util.List;

/**
 * What the contact officer types while on the call, kept exactly as typed (strings), so a page shown again after
 * an error shows what was typed. Field paths follow {@code POST /api/referrals} ({@code referrer.name},
 * {@code children[0].dateOfBirth}), so the API's field errors land on the right input.
 */
public class CallForm {

    /** Generated when the form is first shown; sent as {@code Idempotency-Key}, kept across every round trip. */
    private String idempotencyKey;
    private Referrer referrer = new Referrer();
    private String channel = "PHONE";
    private String sourceCode;
    private String pathway;
    private String urgency;
    private List<Child> children = new ArrayList<>(List.of(new Child()));
    private String concerns;
    private Consent consent = new Consent();
    private DateTime needIdentifiedAt = new DateTime();

    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public Referrer getReferrer() { return referrer; }
    public void setReferrer(Referrer referrer) { this.referrer = referrer; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getSourceCode() { return sourceCode; }
    public void setSourceCode(String sourceCode) { this.sourceCode = sourceCode; }
    public String getPathway() { return pathway; }
    public void setPathway(String pathway) { this.pathway = pathway; }
    public String getUrgency() { return urgency; }
    public void setUrgency(String urgency) { this.urgency = urgency; }
    public List<Child> getChildren() { return children; }
    public void setChildren(List<Child> children) { this.children = children; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public Consent getConsent() { return consent; }
    public void setConsent(Consent consent) { this.consent = consent; }
    public DateTime getNeedIdentifiedAt() { return needIdentifiedAt; }
    public void setNeedIdentifiedAt(DateTime needIdentifiedAt) { this.needIdentifiedAt = needIdentifiedAt; }

    /** Who is calling. */
    public static class Referrer {
        private String type;
        private String name;
        private String role;
        private String organisation;
        private String phone;
        private String email;
        private Address postalAddress = new Address();

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getOrganisation() { return organisation; }
        public void setOrganisation(String organisation) { this.organisation = organisation; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public Address getPostalAddress() { return postalAddress; }
        public void setPostalAddress(Address postalAddress) { this.postalAddress = postalAddress; }
    }

    /** A child the call is about (or an unborn baby: the expected date of delivery instead of a date of birth). */
    public static class Child {
        private String firstName;
        private String lastName;
        private DateTime dateOfBirth = new DateTime();
        private boolean unborn;
        private String gender;
        private String nhsNumber;
        private Address address = new Address();
        private String school;
        /**
         * The person index's id of a known child the officer chose from the possible matches (person-matches.js).
         * Kept across round trips, <em>not</em> sent: referral-service's child takes no id (see the README's Not yet).
         */
        private String knownChildId;

        public String getFirstName() { return firstName; }
        public void setFirstName(String firstName) { this.firstName = firstName; }
        public String getLastName() { return lastName; }
        public void setLastName(String lastName) { this.lastName = lastName; }
        public DateTime getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateTime dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public boolean isUnborn() { return unborn; }
        public void setUnborn(boolean unborn) { this.unborn = unborn; }
        public String getGender() { return gender; }
        public void setGender(String gender) { this.gender = gender; }
        public String getNhsNumber() { return nhsNumber; }
        public void setNhsNumber(String nhsNumber) { this.nhsNumber = nhsNumber; }
        public Address getAddress() { return address; }
        public void setAddress(Address address) { this.address = address; }
        public String getSchool() { return school; }
        public void setSchool(String school) { this.school = school; }
        public String getKnownChildId() { return knownChildId; }
        public void setKnownChildId(String knownChildId) { this.knownChildId = knownChildId; }
    }

    /** The family's consent to the contact being shared, or why it was not sought. */
    public static class Consent {
        private String status;
        private String givenBy;
        private DateTime givenAt = new DateTime();
        private String reason;

        public String getStatus() { return status; }
        public void setStatus(String status) { this.status = status; }
        public String getGivenBy() { return givenBy; }
        public void setGivenBy(String givenBy) { this.givenBy = givenBy; }
        public DateTime getGivenAt() { return givenAt; }
        public void setGivenAt(DateTime givenAt) { this.givenAt = givenAt; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** An address as GOV.UK asks for one: two lines, town, postcode. */
    public static class Address {
        private String line1;
        private String line2;
        private String town;
        private String postcode;

        public String getLine1() { return line1; }
        public void setLine1(String line1) { this.line1 = line1; }
        public String getLine2() { return line2; }
        public void setLine2(String line2) { this.line2 = line2; }
        public String getTown() { return town; }
        public void setTown(String town) { this.town = town; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String postcode) { this.postcode = postcode; }
    }

    /** GOV.UK's date input (day, month, year) and, where a time matters, a 24-hour time ({@code 14:30}). */
    public static class DateTime {
        private String day;
        private String month;
        private String year;
        private String time;

        public String getDay() { return day; }
        public void setDay(String day) { this.day = day; }
        public String getMonth() { return month; }
        public void setMonth(String month) { this.month = month; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }
        public String getTime() { return time; }
        public void setTime(String time) { this.time = time; }
    }
}
