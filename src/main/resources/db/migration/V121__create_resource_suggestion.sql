-- Links members suggest for a dialogue's library. Facilitators accept one (it joins the
-- library as a LINK resource that credits the member) or decline it with a reason; until
-- then only the member and the facilitators see it: it is in no list, search, feed or API.
CREATE TABLE resource_suggestion (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id    BIGINT        NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    suggested_by   BIGINT        NOT NULL REFERENCES account (id),
    title          VARCHAR(200)  NOT NULL,
    summary        TEXT          NOT NULL DEFAULT '',
    url            VARCHAR(1000) NOT NULL,
    language       VARCHAR(5)    NOT NULL,
    theme_ids      BIGINT[]      NOT NULL DEFAULT '{}',
    status         VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    decline_reason VARCHAR(500)  NOT NULL DEFAULT '',
    decided_by     BIGINT REFERENCES account (id),
    decided_at     TIMESTAMPTZ,
    resource_id    BIGINT REFERENCES resource (id) ON DELETE SET NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT resource_suggestion_status_valid CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT resource_suggestion_url_safe CHECK (url ~ '^https?://')
);
CREATE INDEX resource_suggestion_dialogue_idx ON resource_suggestion (dialogue_id, status, id DESC);
CREATE INDEX resource_suggestion_member_idx ON resource_suggestion (suggested_by);

-- Who suggested an accepted resource, credited on its page.
ALTER TABLE resource ADD COLUMN suggested_by BIGINT REFERENCES account (id);
