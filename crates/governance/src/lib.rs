//! Collective decisions: management opens proposals; each country's member entities state
//! their stances; the country's focal points cast its one position; the rule decides when
//! the proposal closes; the outcome goes into the decisions register.

pub mod domain;
