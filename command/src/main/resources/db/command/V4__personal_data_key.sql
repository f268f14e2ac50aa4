-- One data key per patient for the personal data inside their events (docs/security.md, "Personal data: keys and
-- erasure"): 32 random bytes, stored only wrapped (AES-GCM) under the master key named by master_key_id, which never
-- enters the database. Erasure destroys the key: the row stays as a tombstone (destroyed_at set, key bytes gone), so
-- no key can ever be created for that patient again. The read side reads this table too.
CREATE TABLE personal_data_key (
    subject_id    VARCHAR(255)             NOT NULL, -- the patient id
    master_key_id VARCHAR(64),
    wrapped_key   ${binary},
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_personal_data_key PRIMARY KEY (subject_id),
    CONSTRAINT ck_personal_data_key_live_or_destroyed CHECK (
        (destroyed_at IS NULL AND wrapped_key IS NOT NULL AND master_key_id IS NOT NULL)
        OR (destroyed_at IS NOT NULL AND wrapped_key IS NULL AND master_key_id IS NULL))
);
