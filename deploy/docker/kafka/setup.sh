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
acl() { # acl <user> <operation> --topic|--group <name>: a literal resource, allowed from any host
    "$BIN/kafka-acls.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --add \
        --allow-principal "User:$1" --operation "$2" "$3" "$4" --resource-pattern-type literal >/dev/null
}
writes() { acl "$1" Write --topic "$2"; }          # Write implies Describe
reads() { acl "$1" Read --topic "$2"; }            # Read implies Describe
in_group() { acl "$1" Read --group "$2"; }
# A consumer's dead letters: it writes <topic>.dlt and reads it back (without a group) to list and replay them.
dead_letters() { writes "$1" "$2.dlt"; reads "$1" "$2.dlt"; }

user referral-service "${REFERRAL_SERVICE_KAFKA_PASSWORD:?}"
writes referral-service $REFERRALS
reads referral-service $TRIAGE
in_group referral-service referral-service
dead_letters referral-service $TRIAGE

user triage-service "${TRIAGE_SERVICE_KAFKA_PASSWORD:?}"
writes triage-service $TRIAGE
reads triage-service $REFERRALS
reads triage-service $TRIAGE
in_group triage-service triage-service
in_group triage-service triage-service-decisions
in_group triage-service triage-service-letters
dead_letters triage-service $REFERRALS
dead_letters triage-service $TRIAGE

user consultation-service "${CONSULTATION_SERVICE_KAFKA_PASSWORD:?}"
writes consultation-service $CONSULTATIONS

user case-service "${CASE_SERVICE_KAFKA_PASSWORD:?}"
writes case-service $CASES
reads case-service $TRIAGE
in_group case-service case-service
dead_letters case-service $TRIAGE

user outcomes-service "${OUTCOMES_SERVICE_KAFKA_PASSWORD:?}"
for topic in $REFERRALS $TRIAGE $CONSULTATIONS $CASES; do
    reads outcomes-service "$topic"
    dead_letters outcomes-service "$topic"
done
in_group outcomes-service outcomes-service

"$BIN/kafka-acls.sh" --bootstrap-server $BOOTSTRAP --command-config $ADMIN --list
