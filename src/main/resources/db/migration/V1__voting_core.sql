-- Plenum voting core. The database guards the invariants as well as the Java code does.

-- One deployment serves one association; its weight bracket table can differ by statute.
CREATE TABLE association (
    id              smallint PRIMARY KEY CHECK (id = 1),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    weight_brackets text NOT NULL
);

CREATE TABLE member (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_.-]{1,32}$'),
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    inhabitants     bigint NOT NULL DEFAULT 0 CHECK (inhabitants >= 0),
    weight          integer NOT NULL CHECK (weight >= 0),
    weight_explicit boolean NOT NULL DEFAULT false,
    active          boolean NOT NULL DEFAULT true,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE assembly (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    meeting_date    date NOT NULL,
    status          text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_SESSION', 'CLOSED'))
);

CREATE TABLE resolution (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assembly_id     bigint NOT NULL REFERENCES assembly (id),
    agenda_item     text NOT NULL CHECK (length(agenda_item) BETWEEN 1 AND 20),
    title           text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    text_markdown   text NOT NULL DEFAULT '' CHECK (length(text_markdown) <= 100000),
    status          text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ADOPTED', 'REJECTED', 'WITHDRAWN')),
    UNIQUE (assembly_id, agenda_item)
);

-- A mandate: member's vote is cast by the delegate of proxy_member, for one assembly.
CREATE TABLE mandate (
    assembly_id     bigint NOT NULL REFERENCES assembly (id),
    member_id       bigint NOT NULL REFERENCES member (id),
    proxy_member_id bigint NOT NULL REFERENCES member (id),
    PRIMARY KEY (assembly_id, member_id),
    CHECK (member_id <> proxy_member_id)
);

CREATE TABLE ballot (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resolution_id   bigint NOT NULL REFERENCES resolution (id),
    question        text NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
    option_set      text NOT NULL DEFAULT 'YNA' CHECK (option_set IN ('YN', 'YNA')),
    percent_base    text NOT NULL DEFAULT 'YES_NO' CHECK (percent_base IN ('YES_NO', 'YES_NO_ABSTAIN', 'CAST', 'ENTITLED')),
    majority_rule   text NOT NULL DEFAULT 'SIMPLE' CHECK (majority_rule IN ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'THREE_QUARTERS')),
    quorum          numeric(5, 4) CHECK (quorum > 0 AND quorum <= 1),
    visibility      text NOT NULL DEFAULT 'OPEN' CHECK (visibility IN ('OPEN', 'SECRET')),
    state           text NOT NULL DEFAULT 'DRAFT' CHECK (state IN ('DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED', 'CANCELLED')),
    opened_at       timestamptz,
    closed_at       timestamptz,
    published_at    timestamptz,
    CHECK (state = 'DRAFT' OR state = 'CANCELLED' OR opened_at IS NOT NULL),
    CHECK (state NOT IN ('CLOSED', 'PUBLISHED') OR closed_at IS NOT NULL)
);
CREATE INDEX ballot_resolution ON ballot (resolution_id);

-- Weights frozen when the ballot opens: later member changes do not touch it.
CREATE TABLE entitlement (
    ballot_id       bigint NOT NULL REFERENCES ballot (id),
    member_id       bigint NOT NULL REFERENCES member (id),
    weight          integer NOT NULL CHECK (weight > 0),
    PRIMARY KEY (ballot_id, member_id)
);

-- Who took part: always linked to the member, for open and secret ballots alike.
CREATE TABLE participation (
    ballot_id       bigint NOT NULL,
    member_id       bigint NOT NULL,
    cast_by         bigint NOT NULL REFERENCES member (id),
    cast_at         timestamptz NOT NULL DEFAULT now(),
    changes         integer NOT NULL DEFAULT 0,
    PRIMARY KEY (ballot_id, member_id),
    FOREIGN KEY (ballot_id, member_id) REFERENCES entitlement (ballot_id, member_id)
);

-- What was chosen. For SECRET ballots member_id is NULL: the choice is found only by its receipt.
CREATE TABLE vote (
    ballot_id       bigint NOT NULL REFERENCES ballot (id),
    receipt_hash    text NOT NULL CHECK (length(receipt_hash) = 64),
    member_id       bigint,
    choice          text NOT NULL CHECK (choice IN ('YES', 'NO', 'ABSTAIN')),
    weight          integer NOT NULL CHECK (weight > 0),
    PRIMARY KEY (ballot_id, receipt_hash),
    FOREIGN KEY (ballot_id, member_id) REFERENCES entitlement (ballot_id, member_id)
);
CREATE UNIQUE INDEX vote_one_per_member ON vote (ballot_id, member_id) WHERE member_id IS NOT NULL;

-- The tally stored when a ballot closes, so result pages never recount.
CREATE TABLE tally (
    ballot_id       bigint PRIMARY KEY REFERENCES ballot (id),
    body            jsonb NOT NULL,
    computed_at     timestamptz NOT NULL DEFAULT now()
);

-- Append-only, hash-chained history. Each event names its parent's hash.
CREATE TABLE audit_event (
    seq             bigint PRIMARY KEY CHECK (seq > 0),
    prev_hash       text NOT NULL CHECK (length(prev_hash) = 64),
    hash            text NOT NULL UNIQUE CHECK (length(hash) = 64),
    occurred_at     timestamptz NOT NULL,
    type            text NOT NULL,
    ballot_id       bigint,
    payload         text NOT NULL
);
CREATE INDEX audit_event_ballot ON audit_event (ballot_id) WHERE ballot_id IS NOT NULL;

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
