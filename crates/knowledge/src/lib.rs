//! The knowledge library: case studies written by member organisations with the council's
//! template (one section per SSE dimension, the SDGs, outcomes with figures), reviewed by the
//! country's focal point and published by management.
//!
//! So far only the rules (`domain`) exist; the pages, tables and search come next (issue 12).

mod domain;

pub use domain::{CaseStudyForm, Problem, Status, check_case_study};
