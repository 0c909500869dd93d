//! The safe-migration checklist screen: the routes to choose from and, for
//! the chosen route, each stage's items with what is ticked.

use serde::Serialize;

use crate::content::Catalog;
use crate::content::checklists::ChecklistProgress;
use crate::error::ArgValue;
use crate::l10n::Localizer;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteOption {
    pub id: String,
    pub label: String,
    pub selected: bool,
    /// "●" when chosen, else "○".
    pub mark: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistItemModel {
    pub id: String,
    pub title: String,
    pub why: String,
    pub checked: bool,
    /// "☑" when ticked, else "☐".
    pub mark: String,
    pub lesson_id: Option<String>,
    pub lesson_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StageModel {
    pub id: String,
    pub title: String,
    pub progress_label: String,
    /// "Before you go (2 of 5 done)".
    pub heading: String,
    pub done: u32,
    pub total: u32,
    pub items: Vec<ChecklistItemModel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistScreen {
    pub title: String,
    pub choose_route_label: String,
    pub routes: Vec<RouteOption>,
    /// The chosen route's name, or that none is chosen.
    pub route_label: String,
    pub why_label: String,
    pub progress_label: String,
    pub stages: Vec<StageModel>,
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
                    mark: l.message(if p.checked.contains(&i.id) {
                        "mark-checked"
                    } else {
                        "mark-unchecked"
                    }),
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
            let title = l.message(&format!("checklist-{}-title", stage.id));
            let progress_label = progress(l, done, total);
            StageModel {
                id: stage.id.clone(),
                heading: l.message_with(
                    "checklists-stage-heading",
                    &[
                        ("stage", ArgValue::Text(title.clone())),
                        ("progress", ArgValue::Text(progress_label.clone())),
                    ],
                ),
                title,
                progress_label,
                done,
                total,
                items,
            }
        })
        .collect();
    let routes: Vec<RouteOption> = c
        .checklists
        .routes
        .iter()
        .map(|r| {
            let selected = route == Some(r.id.as_str());
            RouteOption {
                id: r.id.clone(),
                label: l.message(&format!("route-{}", r.id)),
                selected,
                mark: l.message(if selected {
                    "mark-chosen"
                } else {
                    "mark-not-chosen"
                }),
            }
        })
        .collect();
    ChecklistScreen {
        title: l.message("checklists-title"),
        choose_route_label: l.message("checklists-choose-route"),
        route_label: routes
            .iter()
            .find(|r| r.selected)
            .map_or_else(|| l.message("checklists-no-route"), |r| r.label.clone()),
        routes,
        why_label: l.message("checklists-why"),
        progress_label: progress(l, all_done, all_total),
        stages,
    }
}
