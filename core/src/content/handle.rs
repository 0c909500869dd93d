//! The content capability: the public content in use (the compiled-in
//! content or a newer installed pack), search over it, quiz and checklist
//! progress, and classroom sessions.
//!
//! [`ContentState`] owns the content in use, the search index, the guest
//! progress (kept in memory while no profile is unlocked) and the running
//! classroom session; the unlocked profile's progress is sealed in the
//! session ([`crate::shared::Session::progress`]). It must never store what a
//! classroom session counted, nor guest progress, anywhere but in memory.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};

use serde::Serialize;

use crate::Waymark;
use crate::content::Progress;
use crate::error::{Error, Result};
use crate::record::Sealed;
use crate::shared::{Shared, lock_or_recover};
use crate::store::Write;

/// The content and texts in use, and where they came from.
#[derive(Debug, Clone)]
struct ActiveContent {
    version: u64,
    installed: bool,
    catalog: Arc<super::Catalog>,
    texts: Arc<crate::l10n::Texts>,
}

impl ActiveContent {
    fn embedded() -> Self {
        ActiveContent {
            version: super::pack::embedded_version(),
            installed: false,
            catalog: Arc::new(super::CATALOG.clone()),
            texts: crate::l10n::embedded_texts(),
        }
    }

    fn from_pack(pack: &super::pack::VerifiedPack) -> Option<Self> {
        let files: Vec<(&str, &str)> = pack
            .files
            .content
            .iter()
            .map(|(p, t)| (p.as_str(), t.as_str()))
            .collect();
        let catalog = super::Catalog::from_files(&files).ok()?;
        let texts = crate::l10n::Texts::from_files(
            &pack.files.manifest,
            pack.files.locales.iter().flat_map(|(tag, list)| {
                list.iter()
                    .map(move |(f, src)| (tag.as_str(), f.as_str(), src.as_str()))
            }),
        );
        Some(ActiveContent {
            version: pack.version,
            installed: true,
            catalog: Arc::new(catalog),
            texts: Arc::new(texts),
        })
    }

    /// The installed pack in `dir` when it verifies and is newer than the
    /// embedded content; otherwise the embedded content.
    fn load(dir: &Path) -> Self {
        let embedded = Self::embedded();
        super::pack::load_installed(dir, &super::pack::trusted_keys())
            .filter(|p| p.version > embedded.version)
            .and_then(|p| Self::from_pack(&p))
            .unwrap_or(embedded)
    }
}

/// Where the content in use comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContentStatus {
    pub version: u64,
    /// `false`: the content compiled into the app.
    pub installed: bool,
}

/// The content capability's own state (see the module doc; its locks in
/// [`crate::shared::Shared`]'s lock order).
pub(crate) struct ContentState {
    /// The content in use: the embedded content or a newer installed pack.
    active: RwLock<ActiveContent>,
    search_index: Mutex<Option<Arc<super::search::Index>>>,
    /// Quiz and checklist progress while no profile is unlocked (a class
    /// using a shared phone without a PIN): kept in memory only.
    guest_progress: Mutex<super::Progress>,
    /// A classroom session, in memory only; dropped on end, lock, quick
    /// exit and erase (see [`super::classroom`]).
    classroom: Mutex<Option<super::classroom::ClassSession>>,
}

impl ContentState {
    /// The installed pack in `dir` when it verifies and is newer than the
    /// embedded content; otherwise the embedded content.
    pub(crate) fn load(dir: &Path) -> Self {
        ContentState {
            active: RwLock::new(ActiveContent::load(dir)),
            search_index: Mutex::new(None),
            guest_progress: Mutex::new(super::Progress::default()),
            classroom: Mutex::new(None),
        }
    }

    pub(crate) fn texts(&self) -> Arc<crate::l10n::Texts> {
        self.active().texts.clone()
    }

    fn active(&self) -> std::sync::RwLockReadGuard<'_, ActiveContent> {
        self.active.read().unwrap_or_else(PoisonError::into_inner)
    }

    fn search_index(&self) -> MutexGuard<'_, Option<Arc<super::search::Index>>> {
        lock_or_recover(&self.search_index)
    }

    fn classroom(&self) -> MutexGuard<'_, Option<super::classroom::ClassSession>> {
        lock_or_recover(&self.classroom)
    }

    pub(crate) fn catalog(&self) -> Arc<super::Catalog> {
        self.active().catalog.clone()
    }

    fn status(&self) -> ContentStatus {
        let a = self.active();
        ContentStatus {
            version: a.version,
            installed: a.installed,
        }
    }

    /// The session locked or quick exit ran: guest progress and the
    /// classroom are forgotten.
    pub(crate) fn forget_guest(&self) {
        *self.classroom() = None;
        *lock_or_recover(&self.guest_progress) = super::Progress::default();
    }

    /// A profile was unlocked: what a guest did before is forgotten (the
    /// classroom keeps running).
    pub(crate) fn forget_guest_progress(&self) {
        *lock_or_recover(&self.guest_progress) = super::Progress::default();
    }

    /// After an erase: back to the embedded content.
    pub(crate) fn reset_to_embedded(&self) -> Arc<crate::l10n::Texts> {
        let embedded = ActiveContent::embedded();
        let texts = embedded.texts.clone();
        *self.active.write().unwrap_or_else(PoisonError::into_inner) = embedded;
        *self.search_index() = None;
        texts
    }

    pub(crate) fn progress(&self, sh: &Shared) -> super::Progress {
        match sh.session().as_ref() {
            Some(s) => s.progress.clone(),
            None => lock_or_recover(&self.guest_progress).clone(),
        }
    }

    fn update_progress(
        &self,
        sh: &Shared,
        change: impl FnOnce(&mut super::Progress),
    ) -> Result<()> {
        let mut session = sh.session();
        match session.as_mut() {
            Some(s) => {
                let mut next = s.progress.clone();
                change(&mut next);
                let sealed = next.seal(&s.key, s.profile.id())?;
                sh.store().write(Write::profile_record(
                    Progress::TABLE,
                    s.profile.id(),
                    &sealed,
                ))?;
                s.progress = next;
            }
            None => change(&mut lock_or_recover(&self.guest_progress)),
        }
        Ok(())
    }
}

/// Public content and what the person does with it; from [`Waymark::content`].
#[derive(Clone, Copy, Debug)]
pub struct Content<'a> {
    wm: &'a Waymark,
}

impl<'a> Content<'a> {
    pub(crate) fn new(wm: &'a Waymark) -> Self {
        Content { wm }
    }

    /// The content version in use and whether it came from an installed pack.
    pub fn status(&self) -> ContentStatus {
        self.wm.content.status()
    }

    /// Verifies and installs a signed content pack (atomically); it must be
    /// newer than the content in use. On any error nothing changes.
    pub fn install_pack(&self, bytes: &[u8]) -> Result<ContentStatus> {
        let current = self.status().version;
        let pack = super::pack::install(
            &self.wm.shared.data_dir,
            bytes,
            &super::pack::trusted_keys(),
            current,
        )?;
        let next = ActiveContent::from_pack(&pack)
            .ok_or(Error::Pack(super::pack::PackProblem::Invalid))?;
        let texts = next.texts.clone();
        *self
            .wm
            .content
            .active
            .write()
            .unwrap_or_else(PoisonError::into_inner) = next;
        *self.wm.content.search_index() = None;
        self.wm.shared.set_texts(texts);
        Ok(self.status())
    }

    /// Before installing content from a file: the version in use (any
    /// state; content is public).
    pub fn install_screen(&self) -> crate::screens::ContentInstallScreen {
        let status = self.status();
        crate::screens::content_install(
            &self.wm.shared.localizer(),
            status.version,
            status.installed,
        )
    }

    /// Installs a signed pack ([`Content::install_pack`]'s rule: signed by
    /// a trusted key, newer, atomic; on any error nothing changes) and says
    /// what changed.
    pub fn install(&self, bytes: &[u8]) -> Result<crate::screens::ContentInstalled> {
        let before = self.status().version;
        let after = self.install_pack(bytes)?.version;
        Ok(crate::screens::content_installed(
            &self.wm.shared.localizer(),
            before,
            after,
        ))
    }

    /// As [`Content::install`], from a file the person named; a path with
    /// no file is [`Error::FileNotFound`].
    pub fn install_file(&self, path: &Path) -> Result<crate::screens::ContentInstalled> {
        let bytes = std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::FileNotFound,
            _ => Error::Io(e),
        })?;
        self.install(&bytes)
    }

    pub fn lessons_screen(&self) -> crate::screens::lessons::LessonListScreen {
        crate::screens::lessons::list(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            &self.wm.content.progress(&self.wm.shared).quiz,
        )
    }

    pub fn lesson_screen(&self, id: &str) -> Result<crate::screens::lessons::LessonScreen> {
        crate::screens::lessons::lesson(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            &self.wm.content.progress(&self.wm.shared).quiz,
            id,
        )
    }

    /// A quiz question (the first when `question` is `None`), with feedback
    /// if it was answered.
    pub fn quiz_question(
        &self,
        lesson: &str,
        question: Option<&str>,
    ) -> Result<crate::screens::lessons::QuizQuestionScreen> {
        crate::screens::lessons::question(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            &self.wm.content.progress(&self.wm.shared).quiz,
            lesson,
            question,
        )
    }

    /// Records an answer (sealed when unlocked) and returns the question
    /// with its feedback.
    pub fn answer_quiz(
        &self,
        lesson: &str,
        question: &str,
        option: &str,
    ) -> Result<crate::screens::lessons::QuizQuestionScreen> {
        crate::content::lessons::validate_answer(
            &self.wm.content.catalog(),
            lesson,
            question,
            option,
        )?;
        self.wm.content.update_progress(&self.wm.shared, |p| {
            p.quiz
                .answers
                .entry(lesson.to_string())
                .or_default()
                .insert(question.to_string(), option.to_string());
        })?;
        self.quiz_question(lesson, Some(question))
    }

    pub fn quiz_result(&self, lesson: &str) -> Result<crate::screens::lessons::QuizResultScreen> {
        crate::screens::lessons::result(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            &self.wm.content.progress(&self.wm.shared).quiz,
            lesson,
        )
    }

    /// Forgets a lesson's answers so the quiz can be taken again.
    pub fn reset_quiz(&self, lesson: &str) -> Result<()> {
        self.wm
            .content
            .catalog()
            .lesson(lesson)
            .ok_or(Error::NotFound)?;
        self.wm.content.update_progress(&self.wm.shared, |p| {
            p.quiz.answers.remove(lesson);
        })
    }

    /// The retake of a quiz: its answers are forgotten and its first
    /// question (the core's choice, [`crate::content::lessons::retake_question`])
    /// is returned, unanswered.
    pub fn retake_quiz(&self, lesson: &str) -> Result<crate::screens::lessons::QuizQuestionScreen> {
        self.reset_quiz(lesson)?;
        let first = self
            .wm
            .content
            .catalog()
            .lesson(lesson)
            .and_then(|l| crate::content::lessons::retake_question(l).map(|q| q.id.clone()))
            .ok_or(Error::NotFound)?;
        self.quiz_question(lesson, Some(&first))
    }

    // ----- classroom mode: memory only, never written anywhere -------------

    /// What a classroom session of `lesson` will go through.
    pub fn classroom_outline(
        &self,
        lesson: &str,
    ) -> Result<crate::screens::classroom::ClassroomOutline> {
        crate::screens::classroom::outline(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            lesson,
        )
    }

    /// Starts a classroom session of `lesson` (replacing any running one).
    /// Needs no PIN; nothing about it is ever stored.
    pub fn classroom_start(
        &self,
        lesson: &str,
    ) -> Result<crate::screens::classroom::ClassroomScreen> {
        let session =
            crate::content::classroom::ClassSession::start(&self.wm.content.catalog(), lesson)?;
        *self.wm.content.classroom() = Some(session);
        self.classroom_screen()
    }

    /// The step of the running session (`NotFound` when none runs).
    pub fn classroom_screen(&self) -> Result<crate::screens::classroom::ClassroomScreen> {
        let session = self.wm.content.classroom().clone().ok_or(Error::NotFound)?;
        crate::screens::classroom::screen(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            &session,
        )
    }

    /// One raised hand more (`add`) or less for `option` on the open
    /// question; counts only.
    pub fn classroom_tally(
        &self,
        option: &str,
        add: bool,
    ) -> Result<crate::screens::classroom::ClassroomScreen> {
        self.with_classroom(|s, c| s.tally(c, option, add))
    }

    /// Shows the answer of an open question, else goes to the next step.
    pub fn classroom_next(&self) -> Result<crate::screens::classroom::ClassroomScreen> {
        self.with_classroom(|s, c| s.next(c))
    }

    pub fn classroom_back(&self) -> Result<crate::screens::classroom::ClassroomScreen> {
        self.with_classroom(|s, _| {
            s.back();
            Ok(())
        })
    }

    /// Ends the session: its counts are gone.
    pub fn classroom_end(&self) {
        *self.wm.content.classroom() = None;
    }

    fn with_classroom(
        &self,
        change: impl FnOnce(
            &mut crate::content::classroom::ClassSession,
            &crate::content::Catalog,
        ) -> Result<()>,
    ) -> Result<crate::screens::classroom::ClassroomScreen> {
        let catalog = self.wm.content.catalog();
        {
            let mut session = self.wm.content.classroom();
            change(session.as_mut().ok_or(Error::NotFound)?, &catalog)?;
        }
        self.classroom_screen()
    }

    pub fn checklist_screen(&self) -> crate::screens::checklists::ChecklistScreen {
        crate::screens::checklists::screen(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            &self.wm.content.progress(&self.wm.shared).checklist,
        )
    }

    /// Chooses the migration route (`None`: only items for every route).
    pub fn set_route(
        &self,
        route: Option<&str>,
    ) -> Result<crate::screens::checklists::ChecklistScreen> {
        if let Some(r) = route {
            crate::content::checklists::validate_route(&self.wm.content.catalog(), r)?;
        }
        self.wm.content.update_progress(&self.wm.shared, |p| {
            p.checklist.route = route.map(str::to_string)
        })?;
        Ok(self.checklist_screen())
    }

    pub fn check_item(
        &self,
        item: &str,
        checked: bool,
    ) -> Result<crate::screens::checklists::ChecklistScreen> {
        crate::content::checklists::validate_item(&self.wm.content.catalog(), item)?;
        self.wm.content.update_progress(&self.wm.shared, |p| {
            if checked {
                p.checklist.checked.insert(item.to_string());
            } else {
                p.checklist.checked.remove(item);
            }
        })?;
        Ok(self.checklist_screen())
    }

    pub fn redflags_screen(&self) -> crate::screens::redflags::RedFlagScreen {
        crate::screens::redflags::screen(&self.wm.shared.localizer(), &self.wm.content.catalog())
    }

    /// Scores a job offer. The hotlines shown are for `destination` (ISO
    /// country), else for the chosen route's destination. Answers are not
    /// stored.
    pub fn check_job_offer(
        &self,
        answers: &[(String, crate::content::redflags::Answer)],
        destination: Option<&str>,
    ) -> Result<crate::screens::redflags::RedFlagResult> {
        let catalog = self.wm.content.catalog();
        let route_destination = self
            .wm
            .content
            .progress(&self.wm.shared)
            .checklist
            .route
            .and_then(|r| {
                catalog
                    .checklists
                    .routes
                    .iter()
                    .find(|x| x.id == r)
                    .map(|x| x.to.clone())
            });
        let destination = destination.map(str::to_string).or(route_destination);
        crate::screens::redflags::result(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            answers,
            destination.as_deref(),
        )
    }

    /// What the person is told when nothing on this phone opens a
    /// directory or hotline link (no dialer, messaging app or browser).
    pub fn link_unavailable_note(&self) -> String {
        self.wm.shared.localizer().message("link-unavailable")
    }

    pub fn directory_screen(
        &self,
        country: Option<&str>,
        language: Option<&str>,
        purpose: Option<&str>,
    ) -> crate::screens::directory::DirectoryScreen {
        crate::screens::directory::screen(
            &self.wm.shared.localizer(),
            &self.wm.content.catalog(),
            crate::content::directory::Filter {
                country,
                language,
                purpose,
            },
        )
    }

    /// Searches all content in the current language.
    pub fn search(&self, query: &str) -> crate::screens::search::SearchScreen {
        let l = self.wm.shared.localizer();
        let index = {
            let mut cached = self.wm.content.search_index();
            match cached.as_ref() {
                Some(ix) if ix.locale() == l.active_tag() => ix.clone(),
                _ => {
                    let ix = Arc::new(crate::content::search::Index::build(
                        &l,
                        &self.wm.content.catalog(),
                    ));
                    *cached = Some(ix.clone());
                    ix
                }
            }
        };
        crate::screens::search::screen(&l, &index, query)
    }
}
