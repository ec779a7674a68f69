-- Stakeholder groups: the constituencies people speak for. Seeded here, admin-editable later.
CREATE TABLE stakeholder_group (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL UNIQUE,
    labels      JSONB        NOT NULL,
    sort_order  INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT stakeholder_group_code_format CHECK (code ~ '^[A-Z][A-Z_]*$')
);

INSERT INTO stakeholder_group (code, sort_order, labels) VALUES
('ARTISANAL_MINER', 10, '{"en":"Artisanal miner","fr":"Mineur artisanal","sw":"Mchimbaji mdogo","es":"Minero artesanal","pt":"Mineiro artesanal"}'),
('MINER_ASSOCIATION', 20, '{"en":"Miners'' association","fr":"Association de mineurs","sw":"Chama cha wachimbaji","es":"Asociación de mineros","pt":"Associação de mineiros"}'),
('CIVIL_SOCIETY', 30, '{"en":"Civil society or NGO","fr":"Société civile ou ONG","sw":"Asasi ya kiraia","es":"Sociedad civil u ONG","pt":"Sociedade civil ou ONG"}'),
('GOVERNMENT', 40, '{"en":"Government","fr":"Gouvernement","sw":"Serikali","es":"Gobierno","pt":"Governo"}'),
('BUYER', 50, '{"en":"Buyer, trader or refiner","fr":"Acheteur, négociant ou affineur","sw":"Mnunuzi, mfanyabiashara au msafishaji","es":"Comprador, comerciante o refinador","pt":"Comprador, comerciante ou refinador"}'),
('LARGE_SCALE_MINING', 60, '{"en":"Large-scale mining company","fr":"Société minière industrielle","sw":"Kampuni ya uchimbaji mkubwa","es":"Empresa minera a gran escala","pt":"Empresa de mineração de grande escala"}'),
('RESEARCH', 70, '{"en":"Research","fr":"Recherche","sw":"Utafiti","es":"Investigación","pt":"Pesquisa"}'),
('DEVELOPMENT_PARTNER', 80, '{"en":"Development partner or donor","fr":"Partenaire de développement ou bailleur","sw":"Mshirika wa maendeleo au mfadhili","es":"Socio para el desarrollo o donante","pt":"Parceiro de desenvolvimento ou doador"}'),
('COMMUNITY', 90, '{"en":"Mining community","fr":"Communauté minière","sw":"Jamii ya eneo la madini","es":"Comunidad minera","pt":"Comunidade mineira"}'),
('OTHER', 100, '{"en":"Other","fr":"Autre","sw":"Nyingine","es":"Otro","pt":"Outro"}');

CREATE TABLE account (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email                VARCHAR(254) NOT NULL,
    display_name         VARCHAR(80)  NOT NULL,
    password_hash        VARCHAR(200) NOT NULL,
    stakeholder_group_id BIGINT       NOT NULL REFERENCES stakeholder_group (id),
    organisation         VARCHAR(120),
    country              VARCHAR(2),
    region               VARCHAR(80),
    locale               VARCHAR(5)   NOT NULL DEFAULT 'en',
    role                 VARCHAR(20)  NOT NULL DEFAULT 'PARTICIPANT',
    status               VARCHAR(20)  NOT NULL DEFAULT 'ACTIVE',
    email_confirmed_at   TIMESTAMPTZ,
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_lower CHECK (email = lower(email)),
    CONSTRAINT account_role_valid CHECK (role IN ('PARTICIPANT', 'FACILITATOR', 'ADMIN')),
    CONSTRAINT account_status_valid CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED')),
    CONSTRAINT account_locale_valid CHECK (locale IN ('en', 'fr', 'sw', 'es', 'pt'))
);
CREATE UNIQUE INDEX account_email_uk ON account (email);
CREATE INDEX account_role_idx ON account (role);
CREATE INDEX account_display_name_idx ON account (lower(display_name));

-- Single-use tokens sent by email (confirming an address, resetting a password). Only a hash is stored.
CREATE TABLE account_token (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  VARCHAR(64)     NOT NULL UNIQUE,
    expires_at  TIMESTAMPTZ  NOT NULL,
    used_at     TIMESTAMPTZ,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT account_token_purpose_valid CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD'))
);
CREATE INDEX account_token_account_idx ON account_token (account_id, purpose);

-- Remember-me tokens (Spring Security's persistent token approach).
CREATE TABLE persistent_logins (
    username   VARCHAR(254) NOT NULL,
    series     VARCHAR(64)  PRIMARY KEY,
    token      VARCHAR(64)  NOT NULL,
    last_used  TIMESTAMP    NOT NULL
);
CREATE INDEX persistent_logins_username_idx ON persistent_logins (username);
