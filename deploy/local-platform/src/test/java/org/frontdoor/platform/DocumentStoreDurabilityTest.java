package org.frontdoor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives {@code kill -9} of the process that holds the store: a child process inserts
 * documents one at a time through the real driver and prints each acknowledgement; it is killed mid-stream; the
 * file is opened again and every acknowledged document is there.
 *
 * <p>The same is done with the backend as mongo-java-server ships it, and both are printed side by side: how many
 * acknowledged writes each lost, and how many writes a second each managed (the cost of committing every write).
 * Only the durable store is asserted on.
 */
class DocumentStoreDurabilityTest {

    private static final int KILL_AFTER = 1_500;

    @TempDir
    Path work;

    @Test
    void everyAcknowledgedWriteIsInTheFileAfterKillNine() throws Exception {
        Run durable = writeAndKill(work.resolve("durable/frontdoor.mv.db"), false);
        Run plain = writeAndKill(work.resolve("plain/frontdoor.mv.db"), true);

        System.out.printf("%n[store] kill -9 after at least %d acknowledged single-document inserts%n"
                        + "  durable (commit per write): %d acknowledged, %d in the file, %d lost, %.0f writes/s%n"
                        + "  as shipped (commit ~1/s):   %d acknowledged, %d in the file, %d lost, %.0f writes/s%n",
                KILL_AFTER, durable.acknowledged, durable.found, durable.lost(), durable.writesPerSecond(),
                plain.acknowledged, plain.found, plain.lost(), plain.writesPerSecond());

        assertThat(durable.found).as("documents in the file").isGreaterThanOrEqualTo(durable.acknowledged);
    }

    private record Run(long acknowledged, long found, double writesPerSecond) {
        long lost() {
            return Math.max(0, acknowledged - found);
        }
    }

    private Run writeAndKill(Path file, boolean plain) throws Exception {
        int port = Ports.freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                classPath(), StoreWriterProcess.class.getName(), file.toString(), Integer.toString(port)));
        if (plain) {
            command.add("--plain");
        }
        Process writer = new ProcessBuilder(command).redirectErrorStream(true).start();
        long acknowledged = 0;
        long firstAt = 0;
        long lastAt = 0;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("acknowledged ")) {
                    acknowledged = Long.parseLong(line.substring("acknowledged ".length()));
                    lastAt = System.nanoTime();
                    if (acknowledged == 1) {
                        firstAt = lastAt;
                    }
                    if (acknowledged >= KILL_AFTER) {
                        writer.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("acknowledged writes before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
        double writesPerSecond = (acknowledged - 1) / ((lastAt - firstAt) / 1e9);

        try (DocumentStore reopened = DocumentStore.start(file, Ports.freePort());
             MongoClient client = MongoClients.create(reopened.uri())) {
            long found = client.getDatabase("referrals").getCollection("contacts").countDocuments();
            return new Run(acknowledged, found, writesPerSecond);
        }
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
