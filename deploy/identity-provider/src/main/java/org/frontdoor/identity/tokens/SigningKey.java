package org.frontdoor.identity.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * The RSA key that signs access tokens (RS256).
 *
 * <p>Without a key directory a fresh key is generated at every start — acceptable for the local demo:
 * tokens issued before a restart simply stop verifying. With a directory the key is written once as a
 * JWK ({@value #FILE_NAME}, owner-only permissions where the file system allows) and reused.
 */
public final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";

    private SigningKey() {
    }

    public static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    /** The key kept in {@code directory}, created there on first use. */
    public static RSAKey loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            Files.createDirectories(directory);
            RSAKey key = generate();
            Files.writeString(file, key.toJSONString());
            restrictToOwner(file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key in " + directory, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the signing key file " + file + " is not an RSA JWK", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps the directory's access rules.
        }
    }
}
