-- Issue 9: who votes for a member is Plenum's own register, bound to a login's issuer and subject,
-- never to a claim the user can edit at the provider. Issue 12.1: mandates frozen per ballot.

-- A delegate designated by the secretariat for a member, for one assembly or until revoked.
-- Status: designated (no login yet), bound (login_* set by an invitation), revoked (revoked_at set).
CREATE TABLE delegate (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    assembly_id     bigint REFERENCES assembly (id) ON DELETE CASCADE, -- NULL: until revoked
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email           text NOT NULL CHECK (length(email) BETWEEN 3 AND 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    login_issuer    text CHECK (length(login_issuer) <= 500),
    login_subject   text CHECK (length(login_subject) <= 255),
    login_name      text CHECK (length(login_name) <= 200),
    designated_at   timestamptz NOT NULL DEFAULT now(),
    bound_at        timestamptz,
    revoked_at      timestamptz,
    CHECK ((login_issuer IS NULL) = (login_subject IS NULL)),
    CHECK ((login_subject IS NULL) = (bound_at IS NULL))
);
CREATE INDEX delegate_member ON delegate (member_id);
CREATE INDEX delegate_assembly ON delegate (assembly_id);
-- A login acts for one member at a time: whom it votes for never depends on which row a query finds first.
CREATE UNIQUE INDEX delegate_one_entry_per_login ON delegate (login_issuer, login_subject)
    WHERE revoked_at IS NULL AND login_subject IS NOT NULL;

-- Single-use invitation codes; only their SHA-256 is stored, the code is shown once.
CREATE TABLE delegate_invitation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    delegate_id     bigint NOT NULL REFERENCES delegate (id) ON DELETE CASCADE,
    code_hash       text NOT NULL UNIQUE CHECK (length(code_hash) = 64),
    issued_at       timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    used_at         timestamptz,
    revoked_at      timestamptz,
    CHECK (expires_at > issued_at)
);
CREATE INDEX delegate_invitation_delegate ON delegate_invitation (delegate_id);

-- Which login cast (issuer + subject, and the name the provider gave it then). Kept on participation,
-- never on vote, so a secret choice is never stored beside a login.
ALTER TABLE participation
    ADD COLUMN cast_by_issuer  text,
    ADD COLUMN cast_by_subject text,
    ADD COLUMN cast_by_name    text;

-- Mandates frozen when the ballot opens: the proxy whose delegate casts this member's vote
-- (NULL: the member's own delegate). A mandate changed later does not touch an open ballot.
ALTER TABLE entitlement ADD COLUMN proxy_member_id bigint REFERENCES member (id);
CREATE INDEX entitlement_proxy ON entitlement (proxy_member_id) WHERE proxy_member_id IS NOT NULL;
UPDATE entitlement e SET proxy_member_id = md.proxy_member_id
  FROM ballot b, resolution r, mandate md, member proxy
 WHERE b.id = e.ballot_id AND r.id = b.resolution_id AND b.state = 'OPEN'
   AND md.assembly_id = r.assembly_id AND md.member_id = e.member_id
   AND proxy.id = md.proxy_member_id AND proxy.active;
