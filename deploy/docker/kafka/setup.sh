#!/bin/bash
# docker-compose's one-shot `kafka-setup`, signed in as `admin`: the event topics and their dead-letter twins (kept
# forever: the outcomes-service replays them), one SCRAM-SHA-512 user per service (username = the service's name, as
# the Kubernetes KafkaUsers; passwords from the environment, set again at every `up`), and each user's ACLs: exactly
# what docs/network-flows.md says the service writes and reads, in which consumer groups. Nothing else is allowed.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}"
BIN=/opt/kafka/bin
BOOTSTRAP=kafka:9092
ADMIN=/tmp/admin.properties
cat > "$ADMIN" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

REFERRALS=frontdoor.referrals.v1
TRIAGE=frontdoor.triage.v1
CONSULTATIONS=frontdoor.consultations.v1
CASES=earlyhelp.cases.v1

for topic in $REFERRALS $TRIAGE $CONSULTATIONS $CASES; do
    "$BIN/kafka-topics.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --create --if-not-exists \
        --topic "$topic" --partitions 3 --replication-factor 1 --config retention.ms=-1
    "$BIN/kafka-topics.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --create --if-not-exists \
        --topic "$topic.dlt" --partitions 1 --replication-factor 1 --config retention.ms=-1
done

user() { # user <name> <password>
    "$BIN/kafka-configs.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --alter \
        --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[password=$2]"
}
allow() { # allow <user> <operation> --topic|--group <name>...: literal resources, from any host
    local principal=$1 operation=$2
    shift 2
    "$BIN/kafka-acls.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --add --allow-principal "User:$principal" \
        --operation "$operation" --resource-pattern-type literal "$@" >/dev/null
}
# Write and Read imply Describe. A consumer writes the dead-letter twin (<topic>.dlt) of each topic it reads, and
# reads it back without a group to list and replay its dead letters; its groups are those of its @KafkaListeners.

user referral-service "${REFERRAL_SERVICE_KAFKA_PASSWORD:?}"
allow referral-service Write --topic $REFERRALS --topic $TRIAGE.dlt
allow referral-service Read --topic $TRIAGE --topic $TRIAGE.dlt --group referral-service

user triage-service "${TRIAGE_SERVICE_KAFKA_PASSWORD:?}"
allow triage-service Write --topic $TRIAGE --topic $REFERRALS.dlt --topic $TRIAGE.dlt
allow triage-service Read --topic $REFERRALS --topic $TRIAGE --topic $REFERRALS.dlt --topic $TRIAGE.dlt \
    --group triage-service --group triage-service-decisions --group triage-service-letters

user consultation-service "${CONSULTATION_SERVICE_KAFKA_PASSWORD:?}"
allow consultation-service Write --topic $CONSULTATIONS

user case-service "${CASE_SERVICE_KAFKA_PASSWORD:?}"
allow case-service Write --topic $CASES --topic $TRIAGE.dlt
allow case-service Read --topic $TRIAGE --topic $TRIAGE.dlt --group case-service

user outcomes-service "${OUTCOMES_SERVICE_KAFKA_PASSWORD:?}"
allow outcomes-service Write --topic $REFERRALS.dlt --topic $TRIAGE.dlt --topic $CONSULTATIONS.dlt --topic $CASES.dlt
allow outcomes-service Read --topic $REFERRALS --topic $TRIAGE --topic $CONSULTATIONS --topic $CASES \
    --topic $REFERRALS.dlt --topic $TRIAGE.dlt --topic $CONSULTATIONS.dlt --topic $CASES.dlt --group outcomes-service

"$BIN/kafka-acls.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --list
