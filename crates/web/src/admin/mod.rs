//! Running the instance: first set-up with the one-time token (`setup`),
//! the operator's page (`instance`), organisations' own domains
//! (`domains`), health, readiness and metrics (`ops`).

pub mod domains;
pub mod instance;
pub mod ops;
mod pages;
pub mod setup;
