-- The rules a new ballot of an assembly starts with (issue 11.7): the same values and checks as the ballot's
-- own columns. One row per assembly at most; no row means the built-in defaults (YNA, YES_NO, SIMPLE, no
-- quorum, OPEN). Only new ballots read it: changing it never touches a ballot that exists.
CREATE TABLE assembly_ballot_defaults (
    assembly_id     bigint PRIMARY KEY REFERENCES assembly (id) ON DELETE CASCADE,
    option_set      text NOT NULL CHECK (option_set IN ('YN', 'YNA')),
    percent_base    text NOT NULL CHECK (percent_base IN ('YES_NO', 'YES_NO_ABSTAIN', 'CAST', 'ENTITLED')),
    majority_rule   text NOT NULL CHECK (majority_rule IN ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS', 'THREE_QUARTERS')),
    quorum          numeric(5, 4) CHECK (quorum > 0 AND quorum <= 1),
    visibility      text NOT NULL CHECK (visibility IN ('OPEN', 'SECRET'))
);
