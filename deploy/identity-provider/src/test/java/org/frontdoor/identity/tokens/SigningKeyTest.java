package org.frontdoor.identity.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void aKeptKeyIsReusedAfterARestart(@TempDir Path directory) throws Exception {
        RSAKey first = SigningKey.loadOrCreate(directory);
        RSAKey afterRestart = SigningKey.loadOrCreate(directory);

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
        assertThat(Files.exists(directory.resolve(SigningKey.FILE_NAME))).isTrue();
    }

    @Test
    void withoutADirectoryEachStartHasANewSigningKey() {
        RSAKey one = SigningKey.generate();
        RSAKey other = SigningKey.generate();

        assertThat(one.isPrivate()).isTrue();
        assertThat(one.getKeyID()).isNotEqualTo(other.getKeyID());
    }
}
