-- Themes: topic tags, seeded here, admin-editable.
CREATE TABLE theme (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(40) NOT NULL UNIQUE,
    labels      JSONB       NOT NULL,
    sort_order  INT         NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    CONSTRAINT theme_code_format CHECK (code ~ '^[A-Z][A-Z_]*$')
);

INSERT INTO theme (code, sort_order, labels) VALUES
('FORMALISATION', 10, '{"en":"Formalisation","fr":"Formalisation","sw":"Kurasimisha","es":"Formalización","pt":"Formalização"}'),
('MERCURY_HEALTH', 20, '{"en":"Mercury and health","fr":"Mercure et santé","sw":"Zebaki na afya","es":"Mercurio y salud","pt":"Mercúrio e saúde"}'),
('LAND_LICENSING', 30, '{"en":"Land and licensing","fr":"Foncier et permis","sw":"Ardhi na leseni","es":"Tierra y licencias","pt":"Terra e licenciamento"}'),
('FINANCE', 40, '{"en":"Finance","fr":"Financement","sw":"Fedha","es":"Financiamiento","pt":"Financiamento"}'),
('MARKETS_TRACEABILITY', 50, '{"en":"Markets and traceability","fr":"Marchés et traçabilité","sw":"Masoko na ufuatiliaji","es":"Mercados y trazabilidad","pt":"Mercados e rastreabilidade"}'),
('ENVIRONMENT', 60, '{"en":"Environment","fr":"Environnement","sw":"Mazingira","es":"Medio ambiente","pt":"Meio ambiente"}'),
('CHILD_LABOUR', 70, '{"en":"Child labour","fr":"Travail des enfants","sw":"Ajira kwa watoto","es":"Trabajo infantil","pt":"Trabalho infantil"}'),
('GENDER', 80, '{"en":"Gender","fr":"Genre","sw":"Jinsia","es":"Género","pt":"Género"}'),
('SAFETY_SECURITY', 90, '{"en":"Safety and security","fr":"Sécurité et sûreté","sw":"Usalama","es":"Seguridad","pt":"Segurança"}'),
('COMMUNITY_RELATIONS', 100, '{"en":"Community relations","fr":"Relations avec les communautés","sw":"Mahusiano na jamii","es":"Relaciones comunitarias","pt":"Relações com a comunidade"}');

CREATE TABLE dialogue (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug                  VARCHAR(90)  NOT NULL UNIQUE,
    title                 VARCHAR(150) NOT NULL,
    summary               VARCHAR(300) NOT NULL,
    description_source    TEXT         NOT NULL DEFAULT '',
    description_html      TEXT         NOT NULL DEFAULT '',
    location              VARCHAR(120),
    country               VARCHAR(2),
    start_date            DATE,
    end_date              DATE,
    status                VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    visibility            VARCHAR(15)  NOT NULL DEFAULT 'PUBLIC',
    join_policy           VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    pseudonymity_allowed  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by            BIGINT       NOT NULL REFERENCES account (id),
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dialogue_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT dialogue_status_valid CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED')),
    CONSTRAINT dialogue_visibility_valid CHECK (visibility IN ('PUBLIC', 'MEMBERS_ONLY')),
    CONSTRAINT dialogue_join_policy_valid CHECK (join_policy IN ('OPEN', 'APPROVAL', 'INVITE')),
    CONSTRAINT dialogue_dates_ordered CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX dialogue_listing_idx ON dialogue (status, visibility, created_at DESC, id DESC);

CREATE TABLE dialogue_theme (
    dialogue_id BIGINT NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    theme_id    BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (dialogue_id, theme_id)
);
CREATE INDEX dialogue_theme_theme_idx ON dialogue_theme (theme_id);

-- The stakeholder groups a dialogue expects; the representation panel warns when one is missing.
CREATE TABLE dialogue_expected_group (
    dialogue_id          BIGINT NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    stakeholder_group_id BIGINT NOT NULL REFERENCES stakeholder_group (id),
    PRIMARY KEY (dialogue_id, stakeholder_group_id)
);

CREATE TABLE membership (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id     BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    account_id      BIGINT       NOT NULL REFERENCES account (id),
    role            VARCHAR(12)  NOT NULL DEFAULT 'PARTICIPANT',
    status          VARCHAR(8)   NOT NULL,
    display_mode    VARCHAR(12)  NOT NULL DEFAULT 'NAMED',
    requested_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    joined_at       TIMESTAMPTZ,
    removed_at      TIMESTAMPTZ,
    removed_by      BIGINT REFERENCES account (id),
    removal_reason  VARCHAR(500),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT membership_unique UNIQUE (dialogue_id, account_id),
    CONSTRAINT membership_role_valid CHECK (role IN ('PARTICIPANT', 'FACILITATOR')),
    CONSTRAINT membership_status_valid CHECK (status IN ('PENDING', 'ACTIVE', 'REMOVED')),
    CONSTRAINT membership_display_valid CHECK (display_mode IN ('NAMED', 'PSEUDONYMOUS'))
);
CREATE INDEX membership_account_idx ON membership (account_id, status);
CREATE INDEX membership_dialogue_status_idx ON membership (dialogue_id, status, role);

CREATE TABLE invitation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dialogue_id BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    token       VARCHAR(64)  NOT NULL UNIQUE,
    expires_at  TIMESTAMPTZ  NOT NULL,
    max_uses    INT,
    uses        INT          NOT NULL DEFAULT 0,
    note        VARCHAR(120),
    created_by  BIGINT       NOT NULL REFERENCES account (id),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ,
    CONSTRAINT invitation_uses_valid CHECK (max_uses IS NULL OR (max_uses > 0 AND uses <= max_uses))
);
CREATE INDEX invitation_dialogue_idx ON invitation (dialogue_id, created_at DESC);
