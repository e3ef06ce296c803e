-- Running totals, so that closing a ballot reads a handful of rows instead of counting every vote.
-- The database keeps them itself on every change of a vote, whoever writes it; the audit
-- verifier still recounts the stored votes and compares.

-- Who may vote, as frozen when the ballot opened (NULL until then).
ALTER TABLE ballot ADD COLUMN entitled_members bigint CHECK (entitled_members >= 0);
ALTER TABLE ballot ADD COLUMN entitled_weight bigint CHECK (entitled_weight >= 0);

UPDATE ballot b SET entitled_members = e.members, entitled_weight = e.weight
FROM (SELECT ballot_id, count(*) AS members, sum(weight) AS weight FROM entitlement GROUP BY ballot_id) e
WHERE b.id = e.ballot_id;

CREATE TABLE ballot_total (
    ballot_id       bigint NOT NULL REFERENCES ballot (id),
    choice          text NOT NULL CHECK (choice IN ('YES', 'NO', 'ABSTAIN')),
    votes           bigint NOT NULL CHECK (votes >= 0),
    weight          bigint NOT NULL CHECK (weight >= 0),
    PRIMARY KEY (ballot_id, choice)
);

INSERT INTO ballot_total (ballot_id, choice, votes, weight)
SELECT ballot_id, choice, count(*), sum(weight) FROM vote GROUP BY ballot_id, choice;

-- One call per statement: a batch of a thousand votes adds its sums once. The change per ballot
-- and choice is applied to the existing row; only a choice seen for the first time inserts one
-- (an INSERT would check a negative change against the CHECK before finding the row).
CREATE FUNCTION ballot_total_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes jsonb;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT jsonb_agg(jsonb_build_object('b', ballot_id, 'c', choice, 'n', n, 'w', w)) INTO changes
        FROM (SELECT ballot_id, choice, count(*) AS n, sum(weight) AS w FROM new_votes GROUP BY ballot_id, choice) x;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT jsonb_agg(jsonb_build_object('b', ballot_id, 'c', choice, 'n', n, 'w', w)) INTO changes
        FROM (SELECT ballot_id, choice, sum(n) AS n, sum(w) AS w FROM (
                  SELECT ballot_id, choice, 1 AS n, weight AS w FROM new_votes
                  UNION ALL
                  SELECT ballot_id, choice, -1, -weight FROM old_votes) d
              GROUP BY ballot_id, choice HAVING sum(n) <> 0 OR sum(w) <> 0) x;
    ELSE
        SELECT jsonb_agg(jsonb_build_object('b', ballot_id, 'c', choice, 'n', -n, 'w', -w)) INTO changes
        FROM (SELECT ballot_id, choice, count(*) AS n, sum(weight) AS w FROM old_votes GROUP BY ballot_id, choice) x;
    END IF;
    IF changes IS NULL THEN
        RETURN NULL;
    END IF;
    WITH d AS (SELECT * FROM jsonb_to_recordset(changes) AS (b bigint, c text, n bigint, w bigint)),
         u AS (UPDATE ballot_total t SET votes = t.votes + d.n, weight = t.weight + d.w
               FROM d WHERE t.ballot_id = d.b AND t.choice = d.c RETURNING t.ballot_id, t.choice)
    INSERT INTO ballot_total AS t (ballot_id, choice, votes, weight)
    SELECT b, c, n, w FROM d WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.ballot_id = d.b AND u.choice = d.c)
    ON CONFLICT (ballot_id, choice) DO UPDATE SET votes = t.votes + EXCLUDED.votes, weight = t.weight + EXCLUDED.weight;
    RETURN NULL;
END;
$$;

CREATE TRIGGER vote_total_insert AFTER INSERT ON vote REFERENCING NEW TABLE AS new_votes
    FOR EACH STATEMENT EXECUTE FUNCTION ballot_total_apply();
CREATE TRIGGER vote_total_update AFTER UPDATE ON vote REFERENCING OLD TABLE AS old_votes NEW TABLE AS new_votes
    FOR EACH STATEMENT EXECUTE FUNCTION ballot_total_apply();
CREATE TRIGGER vote_total_delete AFTER DELETE ON vote REFERENCING OLD TABLE AS old_votes
    FOR EACH STATEMENT EXECUTE FUNCTION ballot_total_apply();
