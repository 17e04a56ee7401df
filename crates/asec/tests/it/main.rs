//! The one integration test binary: starts the real app on a free port with a fresh database,
//! on SQLite always and on PostgreSQL when `ASEC_TEST_DATABASE_URL` is set.

mod accounts;
mod admin;
mod browser;
mod directory;
mod files;
mod fuzz;
mod governance;
mod harness;
mod mail;
mod matrix;
mod membership;
mod ops;
mod search;
mod security;
mod smtp;
mod webdriver;
