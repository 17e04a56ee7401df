//! The SSE Academy. So far only its rules (grading with partial credit, who may submit an
//! attempt, where a learner continues); the kernel's `AuthorCourse` decides who authors. The
//! tables, pages, store and service come next, and will call these rules.

// The rules are ahead of the handlers that will call them; until then only their tests do.
#[allow(dead_code)]
mod domain;
