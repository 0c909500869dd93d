//! Safe-migration checklist screen models.
//!
//! Owns the checklist's screen and the validation of a route or item; the
//! progress it reads is sealed elsewhere ([`crate::record`]). Never writes
//! or stores anything itself.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

use super::Catalog;
use crate::error::{ArgValue, Error, Result};
use crate::l10n::Localizer;

/// The person's checklist state (sealed by the facade).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistProgress {
    #[serde(default)]
    pub route: Option<String>,
    #[serde(default)]
    pub checked: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteOption {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItemModel {
    pub id: String,
    pub title: String,
    pub why: String,
    pub checked: bool,
    pub lesson_id: Option<String>,
    pub lesson_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageModel {
    pub id: String,
    pub title: String,
    pub progress_label: String,
    pub done: u32,
    pub total: u32,
    pub items: Vec<ChecklistItemModel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistScreen {
    pub title: String,
    pub choose_route_label: String,
    pub routes: Vec<RouteOption>,
    pub why_label: String,
    pub progress_label: String,
    pub stages: Vec<StageModel>,
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

fn progress(l: &Localizer, done: u32, total: u32) -> String {
    l.message_with(
        "checklists-progress",
        &[
            ("done", ArgValue::Number(done.into())),
            ("total", ArgValue::Number(total.into())),
        ],
    )
}

pub fn screen(l: &Localizer, c: &Catalog, p: &ChecklistProgress) -> ChecklistScreen {
    let route = p.route.as_deref();
    let (mut all_done, mut all_total) = (0, 0);
    let stages = c
        .checklists
        .stages
        .iter()
        .map(|stage| {
            let items: Vec<ChecklistItemModel> = stage
                .items
                .iter()
                .filter(|i| i.applies_to(route))
                .map(|i| ChecklistItemModel {
                    id: i.id.clone(),
                    title: l.message(&format!("check-{}-title", i.id)),
                    why: l.message(&format!("check-{}-why", i.id)),
                    checked: p.checked.contains(&i.id),
                    lesson_id: i.lesson.clone(),
                    lesson_label: i
                        .lesson
                        .as_ref()
                        .map(|_| l.message("checklists-learn-more")),
                })
                .collect();
            let done = items.iter().filter(|i| i.checked).count() as u32;
            let total = items.len() as u32;
            all_done += done;
            all_total += total;
            StageModel {
                id: stage.id.clone(),
                title: l.message(&format!("checklist-{}-title", stage.id)),
                progress_label: progress(l, done, total),
                done,
                total,
                items,
            }
        })
        .collect();
    ChecklistScreen {
        title: l.message("checklists-title"),
        choose_route_label: l.message("checklists-choose-route"),
        routes: c
            .checklists
            .routes
            .iter()
            .map(|r| RouteOption {
                id: r.id.clone(),
                label: l.message(&format!("route-{}", r.id)),
                selected: route == Some(r.id.as_str()),
            })
            .collect(),
        why_label: l.message("checklists-why"),
        progress_label: progress(l, all_done, all_total),
        stages,
    }
}
