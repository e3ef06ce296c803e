-- Secret ballots (issue 13): every choice is encrypted (exponential ElGamal on P-256, see docs/SECRECY.md).
-- A secret vote is linked to its member, since it is encrypted; no table holds a secret choice in the
-- clear, and the running totals of V2 (triggers on vote) never see one.

-- The ballot's public key, made when a SECRET ballot opens (SEC1 compressed, hex).
ALTER TABLE ballot ADD COLUMN public_key text CHECK (public_key ~ '^0[23][0-9a-f]{64}$');
ALTER TABLE ballot ADD CHECK (public_key IS NULL OR visibility = 'SECRET');

-- The private key, sealed (AES-256-GCM) under the key-encryption key from configuration; never in the clear.
CREATE TABLE ballot_key (
    ballot_id       bigint PRIMARY KEY REFERENCES ballot (id),
    sealed          bytea NOT NULL CHECK (length(sealed) = 60)
);

-- One encrypted vote per member: a change replaces the member's own ciphertexts. No weight here: it
-- stays with the entitlement. ciphertexts: per option A‖B, SEC1 uncompressed (65 bytes each);
-- proofs: per option c0‖c1‖z0‖z1, then c‖z of the sum proof (32 bytes each).
CREATE TABLE secret_vote (
    ballot_id       bigint NOT NULL,
    member_id       bigint NOT NULL,
    receipt_hash    text NOT NULL CHECK (length(receipt_hash) = 64),
    ciphertexts     bytea NOT NULL CHECK (length(ciphertexts) IN (260, 390)),
    proofs          bytea NOT NULL CHECK (length(proofs) IN (320, 448)),
    PRIMARY KEY (ballot_id, member_id),
    UNIQUE (ballot_id, receipt_hash),
    FOREIGN KEY (ballot_id, member_id) REFERENCES entitlement (ballot_id, member_id)
);

-- What the close decrypted: per option the aggregates (weight and count) with their decryption proofs.
CREATE TABLE secret_tally (
    ballot_id       bigint PRIMARY KEY REFERENCES ballot (id),
    body            jsonb NOT NULL
);
