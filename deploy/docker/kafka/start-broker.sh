#!/bin/bash
# docker-compose's `kafka`: one KRaft node (broker and controller) with SASL on every listener and the
# StandardAuthorizer, as the Kubernetes cluster has (there: Strimzi, TLS, three nodes).
#   - `SASL` (9092, SASL_PLAINTEXT, SCRAM-SHA-512): the services, each as its own user (made by `kafka-setup`), and
#     the broker itself as `admin`, whose SCRAM credential is written into the log directory when it is formatted
#     (the first start only, so KAFKA_ADMIN_PASSWORD is fixed from then on; delete the kafka-data volume to change it).
#   - `CONTROLLER` (9093, SASL_PLAINTEXT, PLAIN with the one static user `controller`): KRaft cannot check SCRAM on
#     the controller listener, whose users it would have to read from the metadata it serves.
# No ACL, no access (allow.everyone.if.no.acl.found=false); `admin` and `controller` are the super users.
set -euo pipefail
: "${KAFKA_ADMIN_PASSWORD:?}" "${KAFKA_CONTROLLER_PASSWORD:?}"
# Fixed, so the formatted log directory and the configuration always agree.
CLUSTER_ID=m1hFffLCSAGwxc7ezpUqPQ
CONFIG=/tmp/server.properties

cat > "$CONFIG" <<PROPERTIES
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@kafka:9093
listeners=SASL://:9092,CONTROLLER://:9093
advertised.listeners=SASL://kafka:9092
listener.security.protocol.map=SASL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
inter.broker.listener.name=SASL
controller.listener.names=CONTROLLER
listener.name.sasl.sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="${KAFKA_CONTROLLER_PASSWORD}" user_controller="${KAFKA_CONTROLLER_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:admin;User:controller
allow.everyone.if.no.acl.found=false
log.dirs=/var/lib/kafka/data
auto.create.topics.enable=false
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES

# The broker's own healthcheck signs in as admin with this.
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="${KAFKA_ADMIN_PASSWORD}";
PROPERTIES

/opt/kafka/bin/kafka-storage.sh format --ignore-formatted --cluster-id "$CLUSTER_ID" --config "$CONFIG" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=${KAFKA_ADMIN_PASSWORD}]"
exec /opt/kafka/bin/kafka-server-start.sh "$CONFIG"
