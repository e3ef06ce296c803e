-- Least privilege and signed checkpoints of the audit chain (issue 10).
--
-- Migrations run as the owner (quarkus.flyway.username); the application connects as ${app_role}, which
-- owns nothing: it cannot ALTER a table, DISABLE TRIGGER, TRUNCATE, or change its own grants. On the
-- audit trail it may only add and read. Tables and sequences of later migrations get the same grants
-- through the default privileges below, so a migration needs no GRANT of its own.

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${app_role};

REVOKE ALL ON audit_event FROM ${app_role};
GRANT SELECT, INSERT ON audit_event TO ${app_role};
-- The migration history is the owner's business.
REVOKE ALL ON ${flyway:table} FROM ${app_role};
GRANT SELECT ON ${flyway:table} TO ${app_role};

-- A signature by the audit key (held outside the database) over the chain head after each append:
-- every event is covered by the first checkpoint at or after it. Append-only like the chain itself.
CREATE TABLE audit_checkpoint (
    seq             bigint PRIMARY KEY REFERENCES audit_event (seq),
    hash            text NOT NULL CHECK (length(hash) = 64),
    key_id          text NOT NULL CHECK (key_id ~ '^[0-9a-f]{16}$'),
    signature       text NOT NULL CHECK (length(signature) BETWEEN 1 AND 200),
    signed_at       timestamptz NOT NULL
);
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
REVOKE ALL ON audit_checkpoint FROM ${app_role};
GRANT SELECT, INSERT ON audit_checkpoint TO ${app_role};
