//! The SSE Academy. This session built its rules (grading with partial credit, who may
//! submit an attempt, where a learner continues) and the kernel's `AuthorCourse`; the
//! tables, pages, store and service come next, and will call these rules.

// Not yet called: the handlers that use them are the next step (see the crate's note).
#[allow(dead_code)]
mod domain;
