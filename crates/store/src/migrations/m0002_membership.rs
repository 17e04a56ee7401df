//! Member entities, their admission history, and the versioned MOU.
//! Coordinates are stored as integer micro-degrees, exact on both backends.

pub const SQL: &str = r#"
CREATE TABLE ref_entity_kinds (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE ref_sectors (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    i18n TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE entities (
    id {id},
    status TEXT NOT NULL,
    legal_name TEXT NOT NULL,
    legal_name_key TEXT NOT NULL,
    short_name TEXT NOT NULL,
    kind TEXT NOT NULL REFERENCES ref_entity_kinds(code),
    country_code TEXT NOT NULL,
    network_country TEXT NOT NULL REFERENCES ref_countries(code),
    city TEXT NOT NULL,
    latitude_e6 BIGINT,
    longitude_e6 BIGINT,
    registration_number TEXT NOT NULL,
    registrar TEXT NOT NULL,
    registration_year INTEGER,
    website TEXT NOT NULL,
    members_total INTEGER,
    members_women INTEGER,
    beneficiaries_total INTEGER,
    beneficiaries_women INTEGER,
    description TEXT NOT NULL,
    description_lang TEXT NOT NULL,
    languages TEXT NOT NULL,
    applicant_id BIGINT NOT NULL REFERENCES users(id),
    status_note TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL,
    submitted_at {ts},
    activated_at {ts},
    renewed_at {ts},
    renewal_reminded_at {ts}
);
CREATE INDEX entities_status ON entities(status, network_country);
CREATE INDEX entities_name ON entities(network_country, legal_name_key);
CREATE INDEX entities_applicant ON entities(applicant_id);
CREATE TABLE entity_constituencies (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES ref_constituencies(code),
    PRIMARY KEY (entity_id, code)
);
CREATE TABLE entity_sdgs (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sdg INTEGER NOT NULL REFERENCES ref_sdgs(number),
    PRIMARY KEY (entity_id, sdg)
);
CREATE TABLE entity_sectors (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES ref_sectors(code),
    PRIMARY KEY (entity_id, code)
);
CREATE TABLE entity_descriptions (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (entity_id, lang)
);
CREATE TABLE entity_links (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE TABLE entity_contacts (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL,
    PRIMARY KEY (entity_id, position)
);
CREATE TABLE entity_logos (
    entity_id BIGINT PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    bytes {blob} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE TABLE entity_commitments (
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    dimension INTEGER NOT NULL REFERENCES ref_sse_dimensions(number),
    statement TEXT NOT NULL,
    PRIMARY KEY (entity_id, dimension)
);
CREATE TABLE entity_changes (
    id {id},
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    at {ts} NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    field TEXT NOT NULL,
    before_value TEXT NOT NULL,
    after_value TEXT NOT NULL
);
CREATE INDEX entity_changes_entity ON entity_changes(entity_id, id);
CREATE TABLE membership_events (
    id {id},
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    at {ts} NOT NULL,
    actor_id BIGINT REFERENCES users(id),
    step TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL
);
CREATE INDEX membership_events_entity ON membership_events(entity_id, id);
CREATE TABLE country_settings (
    country_code TEXT PRIMARY KEY REFERENCES ref_countries(code),
    chat_link TEXT NOT NULL,
    updated_at {ts} NOT NULL,
    updated_by BIGINT REFERENCES users(id)
);
CREATE TABLE mou_versions (
    id {id},
    version INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at {ts} NOT NULL,
    created_by BIGINT REFERENCES users(id)
);
CREATE TABLE mou_acceptances (
    id {id},
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    mou_version_id BIGINT NOT NULL REFERENCES mou_versions(id),
    signer_name TEXT NOT NULL,
    signer_title TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    accepted_by BIGINT NOT NULL REFERENCES users(id),
    accepted_at {ts} NOT NULL
)
"#;
