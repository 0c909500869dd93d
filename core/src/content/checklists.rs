//! Safe-migration checklists: the person's route and ticked items, and
//! which routes and items exist. The screen is built in
//! [`crate::screens::checklists`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::Catalog;
use crate::error::{Error, Result};

/// The person's checklist state (sealed by the facade).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistProgress {
    #[serde(default)]
    pub route: Option<String>,
    #[serde(default)]
    pub checked: BTreeSet<String>,
}

pub fn validate_route(c: &Catalog, route: &str) -> Result<()> {
    if c.checklists.routes.iter().any(|r| r.id == route) {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}

pub fn validate_item(c: &Catalog, item: &str) -> Result<()> {
    if c.checklists
        .stages
        .iter()
        .flat_map(|s| &s.items)
        .any(|i| i.id == item)
    {
        Ok(())
    } else {
        Err(Error::NotFound)
    }
}
