-- A draft's question and rules may be edited (issue 11.4); once a ballot has left DRAFT they are what the
-- delegates were shown and what BALLOT_OPENED signed, so the database refuses to change them, whatever the
-- application does. (The owner role can drop this trigger; the signed audit trail then still shows it.)
CREATE FUNCTION ballot_rules_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state <> 'DRAFT' AND (NEW.question, NEW.option_set, NEW.percent_base, NEW.majority_rule, NEW.quorum,
            NEW.visibility, NEW.resolution_id) IS DISTINCT FROM (OLD.question, OLD.option_set, OLD.percent_base,
            OLD.majority_rule, OLD.quorum, OLD.visibility, OLD.resolution_id) THEN
        RAISE EXCEPTION 'ballot % is %: its question and rules are frozen', OLD.id, OLD.state
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER ballot_rules_frozen BEFORE UPDATE ON ballot
    FOR EACH ROW EXECUTE FUNCTION ballot_rules_frozen();
