-- When the projector shows a closed ballot's result: at close, or only once the secretariat has
-- published it. The default is the safer one: nothing on the wall before publication.
ALTER TABLE association
    ADD COLUMN projector_reveal text NOT NULL DEFAULT 'AFTER_PUBLICATION'
        CHECK (projector_reveal IN ('AT_CLOSE', 'AFTER_PUBLICATION'));
