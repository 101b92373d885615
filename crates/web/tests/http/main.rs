//! HTTP-level tests: the real router on 127.0.0.1 with its own database
//! (SQLite, or PostgreSQL when QUARTIER_TEST_POSTGRES_URL is set).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod helpers;

mod accounts;
mod authz;
mod bounded;
mod canvas;
mod census;
mod coproduction;
mod coproduction_board;
mod coproduction_growing;
mod directory;
mod easy;
mod events;
mod groups;
mod help;
mod impact;
mod mentoring;
mod neighbourhoods;
mod network;
mod ops;
mod org_domains;
mod org_site;
mod organisations;
mod pool;
mod search;
mod trust;
mod umbrellas;
mod waiting;
