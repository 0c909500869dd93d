//! Content commands: `lessons`, `quiz`, `classroom`, `checklist`, `redflags`,
//! `directory`, `search`. Content is public and works without a PIN; when
//! `WAYMARK_PIN` is set the profile is unlocked first so quiz answers and
//! checklist ticks are kept (sealed). Without it they last for this command.

use clap::{Args, Subcommand};
use serde_json::json;
use waymark_core::content::redflags::Answer;
use waymark_core::screens::lessons::QuizResultScreen;
use waymark_core::{Error, ErrorKind, Waymark};

use super::unlocked_if_pin_given;
use crate::input::SecretSource;
use crate::output::{self, Failure};

fn fail(w: &Waymark) -> impl Fn(Error) -> Failure + '_ {
    move |e| Failure::from_core(&e, &w.localizer())
}

#[derive(Debug, Subcommand)]
pub enum LessonsCommand {
    /// All lessons with quiz progress (the default).
    List,
    /// One lesson's sections.
    Show { id: String },
}

#[derive(Debug, Args)]
pub struct QuizArgs {
    /// Lesson id (see `waymark lessons`).
    pub lesson: String,
    /// Question id (default: the first).
    #[arg(long)]
    pub question: Option<String>,
    /// Answer the question with this option id (a, b, c…).
    #[arg(long, requires = "question")]
    pub answer: Option<String>,
    /// Show the score instead.
    #[arg(long, conflicts_with_all = ["question", "answer", "reset"])]
    pub result: bool,
    /// Forget this lesson's answers.
    #[arg(long, conflicts_with_all = ["question", "answer"])]
    pub reset: bool,
}

#[derive(Debug, Args)]
pub struct ChecklistArgs {
    /// Choose the route (e.g. mm-th, kh-th, la-th, id-my, ph-hk, vn-tw; "" for none).
    #[arg(long)]
    pub route: Option<String>,
    /// Tick an item.
    #[arg(long, value_name = "ITEM")]
    pub check: Vec<String>,
    /// Untick an item.
    #[arg(long, value_name = "ITEM")]
    pub uncheck: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RedflagsArgs {
    /// Questions answered "yes" (comma-separated ids); the rest are "no".
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub yes: Vec<String>,
    /// Questions answered "I don't know".
    #[arg(long, value_delimiter = ',', value_name = "IDS")]
    pub unsure: Vec<String>,
    /// Score the answers (without it, list the questions).
    #[arg(long)]
    pub check: bool,
    /// Country of the job (ISO code), for the hotlines shown.
    #[arg(long, value_name = "CC")]
    pub destination: Option<String>,
}

#[derive(Debug, Args)]
pub struct DirectoryArgs {
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    #[arg(long, value_name = "TAG")]
    pub language: Option<String>,
    /// trafficking, labour, migrants, children, women, emergency, social, abroad
    #[arg(long)]
    pub purpose: Option<String>,
}

pub fn lessons(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    cmd: &LessonsCommand,
) -> Result<(), Failure> {
    let _unlocked = unlocked_if_pin_given(w, secrets)?;
    match cmd {
        LessonsCommand::List => {
            let s = w.content().lessons_screen();
            let mut lines = vec![
                format!("# {}", s.title),
                s.intro.clone(),
                s.progress_label.clone(),
            ];
            lines.extend(s.lessons.iter().map(|x| {
                format!(
                    "{}\t{}\t{}\t{}",
                    x.id, x.title, x.age_band_label, x.quiz_label
                )
            }));
            output::success(json_mode, json!(s), &lines);
        }
        LessonsCommand::Show { id } => {
            let s = w.content().lesson_screen(id).map_err(fail(w))?;
            let mut lines = vec![format!("# {}", s.title), s.summary.clone()];
            for sec in &s.sections {
                lines.push(format!("\n## {}\n{}", sec.title, sec.body));
            }
            lines.push(format!("\n{}", s.quiz_label));
            let t = &s.teacher;
            lines.push(format!("\n## {} · {}", t.title, t.age_band_label));
            lines.push(format!("### {}", t.objectives_title));
            lines.extend(t.objectives.iter().map(|o| format!("- {o}")));
            lines.push(format!("### {}", t.discussion_title));
            lines.extend(t.discussion.iter().map(|d| format!("- {d}")));
            lines.push(format!("### {}\n{}", t.notes_title, t.notes));
            lines.push(format!("### {}\n{}", t.disclosure_title, t.disclosure));
            output::success(json_mode, json!(s), &lines);
        }
    }
    Ok(())
}

pub fn quiz(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    args: &QuizArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked_if_pin_given(w, secrets)?;
    if args.result {
        let r = w.content().quiz_result(&args.lesson).map_err(fail(w))?;
        output::success(json_mode, json!(r), &result_lines(&r));
        Ok(())
    } else if args.reset {
        w.content().reset_quiz(&args.lesson).map_err(fail(w))?;
        let r = w.content().quiz_result(&args.lesson).map_err(fail(w))?;
        output::success(json_mode, json!(r), std::slice::from_ref(&r.result));
        Ok(())
    } else {
        let q = match (&args.question, &args.answer) {
            (Some(q), Some(a)) => w.content().answer_quiz(&args.lesson, q, a),
            (q, _) => w.content().quiz_question(&args.lesson, q.as_deref()),
        }
        .map_err(fail(w))?;
        let mut lines = vec![q.position_label.clone(), q.question.clone()];
        lines.extend(q.options.iter().map(|o| format!("  {}) {}", o.id, o.text)));
        if let Some(f) = &q.feedback {
            lines.push(format!("{}: {}", f.verdict, f.explanation));
            if let Some(r) = &f.right_answer {
                lines.push(format!("{}: {}) {}", r.label, r.option, r.text));
                lines.push(r.explanation.clone());
            }
        }
        output::success(json_mode, json!(q), &lines);
        Ok(())
    }
}

/// The score, then each wrong answer with the right one and why, then the
/// retake action.
fn result_lines(r: &QuizResultScreen) -> Vec<String> {
    let mut lines = vec![r.result.clone()];
    if !r.review.is_empty() {
        lines.push(format!("\n## {}", r.review_title));
    }
    for item in &r.review {
        let right = &item.right_answer;
        lines.push(format!("\n{}: {}", item.question_id, item.question));
        lines.push(format!(
            "  {}: {}) {}",
            item.chosen_label, item.chosen, item.chosen_text
        ));
        lines.push(format!(
            "  {}: {}) {}",
            right.label, right.option, right.text
        ));
        lines.push(format!("  {}", right.explanation));
    }
    lines.push(format!("\n{} (--reset)", r.retry_label));
    lines
}

/// The outline of a classroom session. Never unlocks: classroom mode
/// needs no profile and stores nothing.
pub fn classroom(json_mode: bool, w: &Waymark, lesson: &str) -> Result<(), Failure> {
    let o = w.content().classroom_outline(lesson).map_err(fail(w))?;
    let mut lines = vec![
        format!("# {} · {}", o.mode_title, o.title),
        o.age_band_label.clone(),
        o.intro.clone(),
        String::new(),
    ];
    lines.extend(
        o.steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}. {s}", i + 1)),
    );
    lines.push(String::new());
    lines.push(o.privacy_notice.clone());
    output::success(json_mode, json!(o), &lines);
    Ok(())
}

pub fn checklist(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    args: &ChecklistArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked_if_pin_given(w, secrets)?;
    let run = || -> Result<(), Failure> {
        if let Some(route) = &args.route {
            let route = Some(route.as_str()).filter(|r| !r.is_empty());
            w.content().set_route(route).map_err(fail(w))?;
        }
        for item in &args.check {
            w.content().check_item(item, true).map_err(fail(w))?;
        }
        for item in &args.uncheck {
            w.content().check_item(item, false).map_err(fail(w))?;
        }
        let s = w.content().checklist_screen();
        let mut lines = vec![format!("# {}", s.title), s.progress_label.clone()];
        for stage in &s.stages {
            lines.push(format!("\n## {} ({})", stage.title, stage.progress_label));
            for i in &stage.items {
                let mark = if i.checked { "[x]" } else { "[ ]" };
                lines.push(format!("{mark} {} — {}\n    {}", i.id, i.title, i.why));
            }
        }
        output::success(json_mode, json!(s), &lines);
        Ok(())
    };
    run()
}

pub fn redflags(
    json_mode: bool,
    w: &Waymark,
    secrets: &mut SecretSource,
    args: &RedflagsArgs,
) -> Result<(), Failure> {
    let _unlocked = unlocked_if_pin_given(w, secrets)?;
    let screen = w.content().redflags_screen();
    if !args.check {
        let mut lines = vec![format!("# {}", screen.title), screen.intro.clone()];
        lines.extend(
            screen
                .questions
                .iter()
                .map(|q| format!("{}\t{}", q.id, q.text)),
        );
        output::success(json_mode, json!(screen), &lines);
        Ok(())
    } else {
        let mut answers: Vec<(String, Answer)> = screen
            .questions
            .iter()
            .map(|q| (q.id.clone(), Answer::No))
            .collect();
        for id in &args.yes {
            answers.push((id.clone(), Answer::Yes));
        }
        for id in &args.unsure {
            answers.push((id.clone(), Answer::Unsure));
        }
        match w
            .content()
            .check_job_offer(&answers, args.destination.as_deref())
        {
            Ok(result) => {
                let mut lines = vec![format!("# {}", result.headline), result.found_label.clone()];
                lines.extend(result.reasons.iter().map(|x| format!("- {}", x.line)));
                if let Some(label) = &result.find_out_label {
                    lines.push(format!("\n{label}"));
                    lines.extend(result.to_find_out.iter().map(|x| format!("- {}", x.text)));
                }
                lines.push(format!("\n{}", result.next_steps));
                lines.push(format!("\n{}", result.hotlines_label));
                lines.extend(result.hotlines_empty.clone());
                for h in &result.hotlines {
                    lines.push(format!(
                        "- {}: {}\n  {}",
                        h.heading, h.numbers_label, h.languages_label
                    ));
                }
                output::success(json_mode, json!(result), &lines);
                Ok(())
            }
            Err(e) => Err(fail(w)(e)),
        }
    }
}

pub fn directory(json_mode: bool, w: &Waymark, args: &DirectoryArgs) {
    let s = w.content().directory_screen(
        args.country.as_deref(),
        args.language.as_deref(),
        args.purpose.as_deref(),
    );
    let mut lines = vec![format!("# {}", s.title), s.intro.clone()];
    lines.extend(s.empty_text.clone());
    for e in &s.entries {
        lines.push(format!("\n{} — {} ({})", e.name, e.org, e.country_name));
        for a in &e.actions {
            lines.push(format!("  {}", a.line));
        }
        lines.push(format!("  {}", e.purposes_label));
        lines.push(format!("  {}", e.languages_label));
        lines.extend(e.hours_label.iter().map(|h| format!("  {h}")));
        lines.push(format!("  {}", e.provenance_label));
    }
    output::success(json_mode, json!(s), &lines);
}

pub fn search(json_mode: bool, w: &Waymark, query: &str) {
    let s = w.content().search(query);
    let mut lines = vec![];
    lines.extend(s.count_label.clone());
    lines.extend(s.empty_text.clone());
    lines.extend(s.fallback_text.clone());
    for r in &s.results {
        let english = r
            .english_label
            .as_ref()
            .map(|l| format!(" · {l}"))
            .unwrap_or_default();
        lines.push(format!(
            "[{}] {} ({}){english}\n    {}",
            r.kind_label, r.title, r.id, r.snippet
        ));
    }
    output::success(json_mode, json!(s), &lines);
}

/// Authoring tools that need no profile: keygen, build, sign, verify.
pub fn pack_tool(
    json_mode: bool,
    action: &crate::ContentCommand,
    l: &waymark_core::Localizer,
) -> Result<(), Failure> {
    use waymark_core::content::pack;
    let io = |e: std::io::Error| Failure::from_core(&Error::Io(e), l);
    let core = |e: Error| Failure::from_core(&e, l);
    let read_hex = |p: &std::path::Path| -> Result<Vec<u8>, Failure> {
        let text = std::fs::read_to_string(p).map_err(io)?;
        pack::from_hex(&text).ok_or_else(|| core(Error::InvalidInput { field: "key" }))
    };
    match action {
        crate::ContentCommand::Keygen { out, name } => {
            let (private, public) = pack::generate_key().map_err(core)?;
            std::fs::create_dir_all(out).map_err(io)?;
            let private_path = out.join(format!("{name}.pk8.hex"));
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            use std::io::Write;
            let mut f = options.open(&private_path).map_err(io)?;
            f.write_all(pack::to_hex(&private).as_bytes()).map_err(io)?;
            let public_path = out.join(format!("{name}.pub.hex"));
            std::fs::write(&public_path, pack::to_hex(&public)).map_err(io)?;
            output::success(
                json_mode,
                json!({ "private_key": private_path, "public_key": public_path, "public_key_hex": pack::to_hex(&public) }),
                &[format!(
                    "{}\n{}",
                    private_path.display(),
                    public_path.display()
                )],
            );
        }
        crate::ContentCommand::Build {
            root,
            version,
            public_key,
            out,
        } => {
            let root = content_root(root.as_deref(), l)?;
            let (content, manifest, locales) = waymark_core::content::tree::read(&root)
                .map(|t| (t.content, t.manifest, t.locales))
                .map_err(io)?;
            let problems = waymark_core::content::lint::lint(&content, &manifest, &locales, None);
            refuse_if_problems(problems, l)?;
            let files = pack::PackFiles {
                content,
                manifest,
                locales,
            };
            let body = pack::build(&files, *version, &read_hex(public_key)?).map_err(core)?;
            std::fs::write(out, &body).map_err(io)?;
            output::success(
                json_mode,
                json!({ "version": version, "bytes": body.len(), "out": out }),
                &[out.display().to_string()],
            );
        }
        crate::ContentCommand::Sign { key, input, out } => {
            let body = std::fs::read(input).map_err(io)?;
            let signed = pack::sign(&body, &read_hex(key)?).map_err(core)?;
            std::fs::write(out, &signed).map_err(io)?;
            output::success(
                json_mode,
                json!({ "bytes": signed.len(), "out": out }),
                &[out.display().to_string()],
            );
        }
        crate::ContentCommand::Verify {
            pack: path,
            public_key,
        } => {
            let bytes = std::fs::read(path).map_err(io)?;
            let keys = match public_key {
                Some(p) => vec![read_hex(p)?],
                None => pack::trusted_keys(),
            };
            let verified = pack::verify(&bytes, &keys).map_err(core)?;
            let problems = waymark_core::content::lint::lint(
                &verified.files.content,
                &verified.files.manifest,
                &verified.files.locales,
                None,
            );
            refuse_if_problems(problems, l)?;
            output::success(
                json_mode,
                json!({ "valid": true, "version": verified.version, "locales": verified.files.locales.len() }),
                &[format!("ok: version {}", verified.version)],
            );
        }
        _ => {}
    }
    Ok(())
}

/// The folder holding `content/` and `locales/` for `content lint` and
/// `content build`: `--root` as given (it must hold both), else the
/// nearest folder that has both, from the working directory up, then from
/// this binary up (a build under `target/` finds its repository from
/// anywhere). None is `not_found`, saying to give `--root`.
pub fn content_root(
    given: Option<&std::path::Path>,
    l: &waymark_core::Localizer,
) -> Result<std::path::PathBuf, Failure> {
    let is_root = |dir: &std::path::Path| {
        dir.join("content/directory.json").is_file() && dir.join("locales/manifest.json").is_file()
    };
    let found = match given {
        Some(root) => is_root(root).then(|| root.to_path_buf()),
        None => [
            std::env::current_dir().ok(),
            std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(std::path::Path::to_path_buf)),
        ]
        .iter()
        .flatten()
        .find_map(|start| {
            start
                .ancestors()
                .find(|d| is_root(d))
                .map(|d| d.to_path_buf())
        }),
    };
    found.ok_or_else(|| {
        Failure::with_message(ErrorKind::NotFound, l.message("content-root-missing"))
    })
}

/// A lint that found problems refuses the pack, listing them.
fn refuse_if_problems(problems: Vec<String>, l: &waymark_core::Localizer) -> Result<(), Failure> {
    if problems.is_empty() {
        return Ok(());
    }
    let mut f = Failure::from_core(
        &Error::Pack(waymark_core::content::pack::PackProblem::Invalid),
        l,
    );
    f.detail = Some(serde_json::Value::Array(
        problems
            .into_iter()
            .map(serde_json::Value::String)
            .collect(),
    ));
    Err(f)
}

/// Profile-level pack commands: install and status.
pub fn pack_command(
    json_mode: bool,
    w: &Waymark,
    action: &crate::ContentCommand,
) -> Result<(), Failure> {
    let status = match action {
        crate::ContentCommand::Install { pack } => {
            let bytes = std::fs::read(pack).map_err(|e| fail(w)(Error::Io(e)))?;
            w.content().install_pack(&bytes).map_err(fail(w))?
        }
        _ => w.content().status(),
    };
    let line = w.localizer().message_with(
        "content-version",
        &[(
            "version",
            waymark_core::error::ArgValue::Number(status.version as i64),
        )],
    );
    output::success(json_mode, json!(status), &[line]);
    Ok(())
}
