//! The SSE Academy (owned by `academy`): courses with their modules and lessons, a quiz per
//! course, enrolments, lesson progress, quiz attempts and certificates.

pub const SQL: &str = r#"
CREATE TABLE academy_courses (
    id {id},
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    curriculum TEXT NOT NULL,
    level TEXT NOT NULL,
    lang TEXT NOT NULL,
    hours INTEGER NOT NULL,
    status TEXT NOT NULL,
    owner_kind TEXT NOT NULL,
    owner_ref TEXT NOT NULL,
    pass_mark INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at {ts} NOT NULL
);
CREATE TABLE academy_modules (
    id {id},
    course_id BIGINT NOT NULL REFERENCES academy_courses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL
);
CREATE TABLE academy_lessons (
    id {id},
    module_id BIGINT NOT NULL REFERENCES academy_modules(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    video_url TEXT NOT NULL,
    video_minutes INTEGER NOT NULL,
    minutes INTEGER NOT NULL
);
CREATE TABLE academy_questions (
    id {id},
    course_id BIGINT NOT NULL REFERENCES academy_courses(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL,
    options TEXT NOT NULL,
    correct TEXT NOT NULL
);
CREATE TABLE academy_enrolments (
    course_id BIGINT NOT NULL REFERENCES academy_courses(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    enrolled_at {ts} NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
CREATE TABLE academy_progress (
    lesson_id BIGINT NOT NULL REFERENCES academy_lessons(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    opened_at {ts} NOT NULL,
    completed_at {ts},
    PRIMARY KEY (lesson_id, user_id)
);
CREATE TABLE academy_attempts (
    id {id},
    course_id BIGINT NOT NULL REFERENCES academy_courses(id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users(id),
    number INTEGER NOT NULL,
    answers TEXT NOT NULL,
    score INTEGER NOT NULL,
    passed BOOLEAN NOT NULL,
    submitted_at {ts} NOT NULL,
    UNIQUE (course_id, user_id, number)
);
CREATE TABLE academy_certificates (
    code TEXT PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES academy_courses(id),
    user_id BIGINT NOT NULL REFERENCES users(id),
    issued_at {ts} NOT NULL,
    UNIQUE (course_id, user_id)
);
"#;
