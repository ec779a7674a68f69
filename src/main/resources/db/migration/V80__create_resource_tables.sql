-- The resource library of a dialogue: uploaded files, resources (research, publications,
-- blog posts, videos, audio, datasets, links, photo stories), their links to the things they
-- are evidence for, and the frames of photo stories.

-- A file kept by the file storage (app.files), always inside one dialogue: downloads check
-- that dialogue's visibility. Images are kept only re-encoded (no EXIF), one JPEG per width.
CREATE TABLE stored_file (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id   BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    storage_key   VARCHAR(80)  NOT NULL UNIQUE,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    original_name VARCHAR(200) NOT NULL,
    -- Images: the widths kept (ascending) and the largest one's height.
    widths        INT[],
    width         INT,
    height        INT,
    uploaded_by   BIGINT       NOT NULL REFERENCES account (id),
    uploaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT stored_file_size_valid CHECK (size_bytes >= 0)
);
CREATE INDEX stored_file_dialogue_idx ON stored_file (dialogue_id);

CREATE TABLE resource (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id      BIGINT        NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    kind             VARCHAR(20)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    summary          TEXT          NOT NULL DEFAULT '',
    -- Blog posts: the article (Markdown, and its sanitized HTML).
    body_source      TEXT          NOT NULL DEFAULT '',
    body_html        TEXT          NOT NULL DEFAULT '',
    -- Videos and audio: what someone on a slow link reads instead.
    transcript       TEXT          NOT NULL DEFAULT '',
    languages        VARCHAR(5)[]  NOT NULL DEFAULT '{}',
    authors          VARCHAR(300)  NOT NULL DEFAULT '',
    organisation     VARCHAR(200)  NOT NULL DEFAULT '',
    group_ids        BIGINT[]      NOT NULL DEFAULT '{}',
    theme_ids        BIGINT[]      NOT NULL DEFAULT '{}',
    licence          VARCHAR(100)  NOT NULL DEFAULT '',
    published_on     DATE,
    -- An uploaded file (for a blog post: its image, described by image_alt) or a URL.
    file_id          BIGINT REFERENCES stored_file (id),
    image_alt        VARCHAR(300)  NOT NULL DEFAULT '',
    url              VARCHAR(1000),
    created_by       BIGINT        NOT NULL REFERENCES account (id),
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT resource_kind_valid CHECK (kind IN ('RESEARCH', 'PUBLICATION', 'BLOG', 'VIDEO', 'AUDIO',
        'DATASET', 'LINK', 'PHOTO_STORY')),
    CONSTRAINT resource_url_safe CHECK (url IS NULL OR url ~ '^https?://'),
    CONSTRAINT resource_media_readable CHECK (kind NOT IN ('VIDEO', 'AUDIO')
        OR length(trim(transcript)) > 0 OR length(trim(summary)) > 0)
);
CREATE INDEX resource_dialogue_idx ON resource (dialogue_id, created_at DESC, id DESC);

-- What a resource is evidence for: a typed reference (CHALLENGE id, VISION_PARAGRAPH key,
-- MEETING id) with an optional pointer into the resource ("p. 12").
CREATE TABLE resource_link (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_id BIGINT       NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    dialogue_id BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    target_type VARCHAR(20)  NOT NULL,
    target_key  VARCHAR(40)  NOT NULL,
    locator     VARCHAR(100) NOT NULL DEFAULT '',
    CONSTRAINT resource_link_type_valid CHECK (target_type IN ('CHALLENGE', 'VISION_PARAGRAPH', 'MEETING')),
    CONSTRAINT resource_link_unique UNIQUE (resource_id, target_type, target_key)
);
CREATE INDEX resource_link_target_idx ON resource_link (dialogue_id, target_type, target_key);

-- The frames of a photo story, in order: captions and alt texts per language (JSON objects
-- keyed by language code), the photographer's credit and how the people shown consented.
CREATE TABLE photo_frame (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resource_id BIGINT       NOT NULL REFERENCES resource (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    file_id     BIGINT       NOT NULL REFERENCES stored_file (id),
    captions    JSONB        NOT NULL DEFAULT '{}',
    alt_texts   JSONB        NOT NULL DEFAULT '{}',
    credit      VARCHAR(200) NOT NULL DEFAULT '',
    consent     VARCHAR(30)  NOT NULL,
    CONSTRAINT photo_frame_consent_valid CHECK (consent IN ('NO_PEOPLE', 'NOT_IDENTIFIABLE', 'CONSENT_GIVEN')),
    CONSTRAINT photo_frame_position_unique UNIQUE (resource_id, position)
);

-- Members a dialogue's facilitators allow to write on its blog.
CREATE TABLE blog_author (
    dialogue_id BIGINT      NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    allowed_by  BIGINT      NOT NULL REFERENCES account (id),
    allowed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (dialogue_id, account_id)
);
