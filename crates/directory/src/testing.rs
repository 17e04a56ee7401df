//! What the integration tests need of projects that no page shows in a form they can parse.
//! Compiled only with the `testing` feature, which only the test binary enables.
