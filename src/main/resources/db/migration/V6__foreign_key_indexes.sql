-- Indexes for the foreign keys that had none: deleting or checking a member (and the mandates that
-- name it as proxy) otherwise scans every entitlement and participation of every ballot.
CREATE INDEX entitlement_member ON entitlement (member_id);
CREATE INDEX participation_cast_by ON participation (cast_by);
CREATE INDEX mandate_proxy_member ON mandate (proxy_member_id);
-- The primary key (assembly_id, member_id) does not serve a lookup by member alone.
CREATE INDEX mandate_member ON mandate (member_id);
