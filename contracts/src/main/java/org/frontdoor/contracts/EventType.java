package org.frontdoor.contracts;

/**
 * One event type of the catalogue: its CloudEvents {@code type}, the record that carries it, the
 * topic it travels on, and where its JSON Schema and golden example live on the classpath.
 */
public record EventType<E extends FrontDoorEvent>(String type, Class<E> recordClass, String topic) {

    /** e.g. {@code schemas/frontdoor.referrals.v1/ReferralReceived.schema.json} */
    public String schemaPath() {
        return "schemas/" + topic + "/" + recordClass.getSimpleName() + ".schema.json";
    }

    /** e.g. {@code examples/frontdoor.referrals.v1/ReferralReceived.json} */
    public String examplePath() {
        return "examples/" + topic + "/" + recordClass.getSimpleName() + ".json";
    }
}
