//! Members' community projects, shown in the public directory. Coordinates are integer
//! micro-degrees, dates ISO `YYYY-MM-DD` text, photos bytes in the database like logos.

pub const SQL: &str = r#"
CREATE TABLE projects (
    id {id},
    entity_id BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    lang TEXT NOT NULL,
    place TEXT NOT NULL,
    country_code TEXT NOT NULL,
    network_country TEXT NOT NULL REFERENCES ref_countries(code),
    latitude_e6 BIGINT,
    longitude_e6 BIGINT,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    status TEXT NOT NULL,
    beneficiaries_total INTEGER,
    beneficiaries_women INTEGER,
    featured BOOLEAN NOT NULL,
    version INTEGER NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE INDEX projects_entity ON projects(entity_id);
-- The lists' orders, holding what their filters test, so pages are read from the index.
CREATE INDEX projects_list ON projects(network_country, featured DESC, title, entity_id);
CREATE INDEX projects_order ON projects(featured DESC, title, entity_id);
CREATE INDEX projects_created ON projects(created_at);
CREATE TABLE project_translations (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (project_id, lang)
);
CREATE TABLE project_sdgs (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    sdg INTEGER NOT NULL REFERENCES ref_sdgs(number),
    PRIMARY KEY (project_id, sdg)
);
CREATE INDEX project_sdgs_sdg ON project_sdgs(sdg, project_id);
CREATE TABLE project_constituencies (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    code TEXT NOT NULL REFERENCES ref_constituencies(code),
    PRIMARY KEY (project_id, code)
);
CREATE INDEX project_constituencies_code ON project_constituencies(code, project_id);
CREATE TABLE project_dimensions (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    dimension INTEGER NOT NULL REFERENCES ref_sse_dimensions(number),
    PRIMARY KEY (project_id, dimension)
);
CREATE INDEX project_dimensions_dimension ON project_dimensions(dimension, project_id);
CREATE TABLE project_links (
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (project_id, position)
);
CREATE TABLE project_photos (
    id {id},
    project_id BIGINT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    caption TEXT NOT NULL,
    bytes {blob} NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX project_photos_project ON project_photos(project_id);
-- The directory filters active members by these lists (through membership's functions).
CREATE INDEX entity_sdgs_sdg ON entity_sdgs(sdg, entity_id);
CREATE INDEX entity_constituencies_code ON entity_constituencies(code, entity_id);
CREATE INDEX entity_sectors_code ON entity_sectors(code, entity_id);
CREATE INDEX entity_commitments_dimension ON entity_commitments(dimension, entity_id);
CREATE INDEX entities_active_name ON entities(status, legal_name_key, network_country, kind, id);
CREATE INDEX entities_active_since ON entities(status, activated_at)
"#;
