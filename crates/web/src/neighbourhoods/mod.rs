//! Neighbourhoods: the instance's start page (`home`), a neighbourhood's
//! start page, joining, members and profiles (`neighbourhood`), the
//! coordinators' management (`manage`), and neighbourhoods in the JSON API
//! (`api`).

pub mod api;
pub mod home;
pub mod manage;
pub mod neighbourhood;
mod pages;
