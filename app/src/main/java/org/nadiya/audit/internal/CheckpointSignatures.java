package org.nadiya.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 signatures of audit checkpoints (decision 0074), from the JDK alone. The key pair is derived from a secret
 * of the key file, so it needs no file of its own and survives restarts; whoever holds only the public key (a PEM file
 * an operator copies off the machine) can check a checkpoint but cannot make one.
 */
final class CheckpointSignatures {

    static final String ALGORITHM = "Ed25519";
    private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String PEM_END = "-----END PUBLIC KEY-----";

    private CheckpointSignatures() {
    }

    /** The key pair whose private key is drawn from {@code seed} (a derived secret): the same seed, the same pair. */
    static KeyPair fromSeed(byte[] seed) {
        try {
            var generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SeededRandom(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java runtime since 15", e);
        }
    }

    /** Base64 of the signature of the text's UTF-8 bytes. */
    static String sign(PrivateKey key, String text) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    static boolean verify(PublicKey key, String text, String signatureBase64) {
        try {
            var signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** The public key as a PEM file (SubjectPublicKeyInfo), as OpenSSL reads it. */
    static String pem(PublicKey key) {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n" + PEM_END + "\n";
    }

    /** Reads a PEM public key; {@link IllegalArgumentException} when it is not an Ed25519 one. */
    static PublicKey fromPem(String pem) {
        String body = pem.replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder()
                    .decode(body)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM form");
        }
    }

    /**
     * A deterministic byte stream (SHA-256 of the seed and a counter) that the JDK's Ed25519 generator draws its
     * private key from: how a key pair is made from a seed without the JDK's internal classes.
     */
    private static final class SeededRandom extends SecureRandom {

        private final byte[] seed;
        private long counter;

        SeededRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public synchronized void nextBytes(byte[] bytes) {
            int filled = 0;
            while (filled < bytes.length) {
                byte[] block = block(counter++);
                int n = Math.min(block.length, bytes.length - filled);
                System.arraycopy(block, 0, bytes, filled, n);
                filled += n;
            }
        }

        private byte[] block(long n) {
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                digest.update(seed);
                for (int i = 0; i < 8; i++) {
                    digest.update((byte) (n >>> (8 * i)));
                }
                return digest.digest();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }
}
