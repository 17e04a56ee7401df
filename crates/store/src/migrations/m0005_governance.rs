//! Proposals with the countries that decide them, member entities' stances and countries'
//! positions (each with every change kept), meetings with their agenda, invitations,
//! registrations and minutes, and the decisions register with follow-up actions.

pub const SQL: &str = r#"
CREATE TABLE proposals (
    id {id},
    title TEXT NOT NULL,
    background TEXT NOT NULL,
    background_lang TEXT NOT NULL,
    question TEXT NOT NULL,
    options TEXT NOT NULL,
    rule TEXT NOT NULL,
    subregion TEXT REFERENCES ref_subregions(code),
    quorum INTEGER NOT NULL,
    opens_at {ts} NOT NULL,
    closes_at {ts} NOT NULL,
    public BOOLEAN NOT NULL,
    closed_at {ts},
    outcome TEXT NOT NULL,
    reminded_at {ts},
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at {ts} NOT NULL
);
CREATE INDEX proposals_open ON proposals(closed_at, closes_at);
CREATE TABLE proposal_backgrounds (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    background TEXT NOT NULL,
    PRIMARY KEY (proposal_id, lang)
);
CREATE TABLE proposal_attachments (
    id {id},
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes {blob} NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX proposal_attachments_proposal ON proposal_attachments(proposal_id);
CREATE TABLE proposal_countries (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES ref_countries(code),
    PRIMARY KEY (proposal_id, country)
);
CREATE TABLE entity_stances (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    country TEXT NOT NULL,
    answer TEXT NOT NULL,
    reason TEXT NOT NULL,
    by_user BIGINT NOT NULL REFERENCES users(id),
    at {ts} NOT NULL,
    PRIMARY KEY (proposal_id, entity_id)
);
CREATE TABLE entity_stance_history (
    id {id},
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    answer TEXT NOT NULL,
    reason TEXT NOT NULL,
    by_user BIGINT NOT NULL REFERENCES users(id),
    at {ts} NOT NULL
);
CREATE TABLE country_positions (
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES ref_countries(code),
    answer TEXT NOT NULL,
    rationale TEXT NOT NULL,
    by_user BIGINT NOT NULL REFERENCES users(id),
    at {ts} NOT NULL,
    PRIMARY KEY (proposal_id, country)
);
CREATE TABLE country_position_history (
    id {id},
    proposal_id BIGINT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    answer TEXT NOT NULL,
    rationale TEXT NOT NULL,
    by_user BIGINT NOT NULL REFERENCES users(id),
    at {ts} NOT NULL
);
CREATE INDEX country_position_history_proposal ON country_position_history(proposal_id, id);
CREATE TABLE meetings (
    id {id},
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    starts_at {ts} NOT NULL,
    ends_at {ts} NOT NULL,
    place TEXT NOT NULL,
    link TEXT NOT NULL,
    description TEXT NOT NULL,
    public BOOLEAN NOT NULL,
    minutes TEXT NOT NULL,
    minutes_status TEXT NOT NULL,
    minutes_approved_by BIGINT REFERENCES users(id),
    minutes_approved_at {ts},
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at {ts} NOT NULL
);
CREATE INDEX meetings_starts ON meetings(starts_at);
CREATE TABLE meeting_agenda (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    proposal_id BIGINT REFERENCES proposals(id),
    PRIMARY KEY (meeting_id, position)
);
CREATE TABLE meeting_invitations (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    country TEXT NOT NULL REFERENCES ref_countries(code),
    PRIMARY KEY (meeting_id, country)
);
CREATE TABLE meeting_entity_invitations (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    entity_id BIGINT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (meeting_id, entity_id)
);
CREATE TABLE meeting_registrations (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    registered_at {ts} NOT NULL,
    attended BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, user_id)
);
CREATE TABLE decisions (
    id {id},
    proposal_id BIGINT UNIQUE REFERENCES proposals(id),
    meeting_id BIGINT REFERENCES meetings(id),
    decided_on TEXT NOT NULL,
    title TEXT NOT NULL,
    rule TEXT NOT NULL,
    outcome TEXT NOT NULL,
    summary TEXT NOT NULL,
    public BOOLEAN NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX decisions_date ON decisions(decided_on);
CREATE TABLE decision_actions (
    id {id},
    decision_id BIGINT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_on TEXT NOT NULL,
    done BOOLEAN NOT NULL,
    updated_at {ts} NOT NULL
)
"#;
