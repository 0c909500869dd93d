//! What the calculator disguise shows (the calculator itself is
//! [`crate::calculator`]'s).

use serde::Serialize;

use crate::calculator::Calculator;

/// What the calculator shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalculatorScreen {
    /// The expression typed so far (`12+3×4`).
    pub expression: String,
    /// The main display: the result after `=`, else the expression (`0`
    /// when nothing is typed).
    pub display: String,
}

pub fn screen(c: &Calculator) -> CalculatorScreen {
    let expression = c.expression().to_string();
    CalculatorScreen {
        display: match c.result() {
            Some(r) => r.to_string(),
            None if expression.is_empty() => "0".into(),
            None => expression.clone(),
        },
        expression,
    }
}
