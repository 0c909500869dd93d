//! The calculator disguise: a working calculator whose `=` after a PIN
//! typed as digits opens the app.
//!
//! This module only calculates; which entries are PIN attempts (only
//! digits with no operator, as long as one of the PINs) is the guard's
//! rule ([`crate::guard::Guard::is_calculator_attempt`]), applied by the
//! facade. Expressions are evaluated with the usual precedence (× ÷
//! before + −), in `f64`, and shown without needless decimals. What it
//! shows is built in [`crate::screens::calculator`].

use serde::{Deserialize, Serialize};

/// A key on the calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalcKey {
    Digit(u8),
    Point,
    Add,
    Subtract,
    Multiply,
    Divide,
    Clear,
    Backspace,
    Equals,
}

/// The calculator's input state.
#[derive(Debug, Clone, Default)]
pub struct Calculator {
    expression: String,
    result: Option<String>,
}

const OPERATORS: [char; 4] = ['+', '−', '×', '÷'];
const MAX_LEN: usize = 64;

impl Calculator {
    /// The expression if it is only digits: a possible PIN.
    pub fn digits_only(&self) -> Option<&str> {
        let e = self.expression.as_str();
        (!e.is_empty() && e.chars().all(|c| c.is_ascii_digit())).then_some(e)
    }

    /// Applies a key. `Equals` evaluates; `error_text` is shown for a
    /// division by zero or a malformed expression.
    pub fn press(&mut self, key: CalcKey, error_text: &str) {
        if let Some(result) = self.result.take() {
            // After `=`, an operator continues from the result; a digit
            // starts over.
            if matches!(
                key,
                CalcKey::Add | CalcKey::Subtract | CalcKey::Multiply | CalcKey::Divide
            ) && result != error_text
            {
                self.expression = result;
            } else {
                self.expression.clear();
            }
        }
        match key {
            CalcKey::Digit(d) if d <= 9 => self.push(char::from(b'0' + d)),
            CalcKey::Digit(_) => {}
            CalcKey::Point => {
                let last_number = self.expression.rsplit(OPERATORS).next().unwrap_or("");
                if !last_number.contains('.') {
                    if last_number.is_empty() {
                        self.push('0');
                    }
                    self.push('.');
                }
            }
            CalcKey::Add => self.operator('+'),
            CalcKey::Subtract => self.operator('−'),
            CalcKey::Multiply => self.operator('×'),
            CalcKey::Divide => self.operator('÷'),
            CalcKey::Clear => self.expression.clear(),
            CalcKey::Backspace => {
                self.expression.pop();
            }
            CalcKey::Equals => {
                if !self.expression.is_empty() {
                    self.result = Some(
                        evaluate(&self.expression)
                            .map(format_number)
                            .unwrap_or_else(|| error_text.to_string()),
                    );
                }
            }
        }
    }

    /// The expression typed so far (`12+3×4`).
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// The result of the last `=` (or the error text), until the next key.
    pub fn result(&self) -> Option<&str> {
        self.result.as_deref()
    }

    /// Forgets everything typed (after an unlock or a quick exit).
    pub fn reset(&mut self) {
        *self = Calculator::default();
    }

    fn push(&mut self, c: char) {
        if self.expression.chars().count() < MAX_LEN {
            self.expression.push(c);
        }
    }

    fn operator(&mut self, op: char) {
        match self.expression.chars().last() {
            None if op == '−' => self.push(op),
            None => {}
            Some(last) if OPERATORS.contains(&last) => {
                self.expression.pop();
                self.push(op);
            }
            Some(_) => self.push(op),
        }
    }
}

/// Evaluates `a op b op c …` with × ÷ before + −; `None` on error.
fn evaluate(expression: &str) -> Option<f64> {
    let mut numbers: Vec<f64> = Vec::new();
    let mut ops: Vec<char> = Vec::new();
    let mut current = String::new();
    for (i, c) in expression.chars().enumerate() {
        if OPERATORS.contains(&c) && !(i == 0 && c == '−') {
            numbers.push(current.parse().ok()?);
            current.clear();
            ops.push(c);
        } else if c == '−' {
            current.push('-');
        } else {
            current.push(c);
        }
    }
    numbers.push(current.parse().ok()?);
    // First pass: × and ÷.
    let mut terms = vec![numbers[0]];
    let mut add_ops = Vec::new();
    for (op, n) in ops.iter().zip(numbers.iter().skip(1)) {
        match op {
            '×' => *terms.last_mut()? *= n,
            '÷' => {
                if *n == 0.0 {
                    return None;
                }
                *terms.last_mut()? /= n;
            }
            _ => {
                terms.push(*n);
                add_ops.push(*op);
            }
        }
    }
    let mut total = terms[0];
    for (op, n) in add_ops.iter().zip(terms.iter().skip(1)) {
        if *op == '+' {
            total += n;
        } else {
            total -= n;
        }
    }
    total.is_finite().then_some(total)
}

fn format_number(n: f64) -> String {
    if n == n.trunc() && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        let s = format!("{:.10}", n);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screens::calculator::screen;

    fn type_keys(c: &mut Calculator, keys: &str) {
        for k in keys.chars() {
            let key = match k {
                '0'..='9' => CalcKey::Digit(k as u8 - b'0'),
                '.' => CalcKey::Point,
                '+' => CalcKey::Add,
                '-' => CalcKey::Subtract,
                '*' => CalcKey::Multiply,
                '/' => CalcKey::Divide,
                '=' => CalcKey::Equals,
                'C' => CalcKey::Clear,
                '<' => CalcKey::Backspace,
                _ => unreachable!(),
            };
            c.press(key, "Error");
        }
    }

    #[test]
    fn it_calculates_with_precedence() {
        let mut c = Calculator::default();
        type_keys(&mut c, "12+3*4=");
        assert_eq!(screen(&c).display, "24");
        type_keys(&mut c, "-4=");
        assert_eq!(screen(&c).display, "20");
        type_keys(&mut c, "7/2=");
        assert_eq!(screen(&c).display, "3.5");
        type_keys(&mut c, "1/3=");
        assert_eq!(screen(&c).display, "0.3333333333");
        type_keys(&mut c, "5/0=");
        assert_eq!(screen(&c).display, "Error");
        type_keys(&mut c, "-2*3=");
        assert_eq!(screen(&c).display, "-6");
        type_keys(&mut c, "1.5.5+1=");
        assert_eq!(screen(&c).display, "2.55");
        type_keys(&mut c, "12<3=");
        assert_eq!(screen(&c).display, "13");
    }

    #[test]
    fn digits_only_is_a_possible_pin() {
        let mut c = Calculator::default();
        type_keys(&mut c, "2468");
        assert_eq!(c.digits_only(), Some("2468"));
        type_keys(&mut c, "+1");
        assert_eq!(c.digits_only(), None);
        c.reset();
        assert_eq!(screen(&c).display, "0");
    }
}
