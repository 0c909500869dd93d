//! The uniffi mirrors of the content screens (lessons, quizzes, classroom
//! mode, checklists, the red-flag check, the directory, search) and of home
//! and its destinations, with the content actions that are not plain
//! forwards of the facade. Mirrors only: every field is the core's
//! (`waymark_core::screens::*`), and nothing here decides anything.

use waymark_core::content::directory::LinkKind;
pub use waymark_core::content::redflags::Answer;
use waymark_core::content::search::{ResultKind, SearchTarget};
pub use waymark_core::screens::checklists::{
    ChecklistItemModel, ChecklistScreen, RouteOption, StageModel,
};
pub use waymark_core::screens::classroom::{
    ClassAnswer, ClassDiscussion, ClassOption, ClassQuestion, ClassSummary, ClassroomOutline,
    ClassroomScreen, ClassroomStep, SummaryCell, SummaryRow,
};
pub use waymark_core::screens::directory::{
    DirectoryScreen, EntryModel, FilterOption, NumberAction,
};
use waymark_core::screens::home::{Destination, HomeScreen, MenuItem};
pub use waymark_core::screens::lessons::{
    AnswerFeedback, LessonListScreen, LessonScreen, LessonSummary, QuizOption, QuizQuestionScreen,
    QuizResultScreen, ReviewItem, RightAnswer, Section, TeacherSection,
};
pub use waymark_core::screens::redflags::{
    FindOut, Reason, RedFlagQuestionModel, RedFlagResult, RedFlagScreen,
};
pub use waymark_core::screens::search::{SearchOpen, SearchResult, SearchScreen};

use crate::{ApiError, Waymark};

/// A screen reached from home (and where a search result opens).
#[uniffi::remote(Enum)]
pub enum Destination {
    Lessons,
    Checklists,
    Redflags,
    Directory,
    Search,
    Quiet,
    Contacts,
    Sos,
    Traces,
    Safety,
    Backup,
    Settings,
}

#[uniffi::remote(Record)]
pub struct HomeScreen {
    pub title: String,
    pub greeting: String,
    pub language: String,
    pub translation_notice: Option<String>,
    pub lock_label: String,
    pub settings_label: String,
    pub quick_exit_label: String,
    pub menu: Vec<MenuItem>,
    pub locale: String,
}

#[uniffi::remote(Record)]
pub struct MenuItem {
    pub destination: Destination,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct LessonSummary {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub quiz_label: String,
    pub completed: bool,
    pub age_band_label: String,
    pub line: String,
    pub title_with_age: String,
}

#[uniffi::remote(Record)]
pub struct LessonListScreen {
    pub title: String,
    pub intro: String,
    pub progress_label: String,
    pub lessons: Vec<LessonSummary>,
    pub classroom_label: String,
}

#[uniffi::remote(Record)]
pub struct Section {
    pub title: String,
    pub body: String,
}

#[uniffi::remote(Record)]
pub struct LessonScreen {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub sections: Vec<Section>,
    pub quiz_label: String,
    pub start_quiz_label: String,
    pub quiz_start: Option<String>,
    pub teacher: TeacherSection,
}

#[uniffi::remote(Record)]
pub struct TeacherSection {
    pub title: String,
    pub heading: String,
    pub bullet: String,
    pub age_band_label: String,
    pub age_min: u8,
    pub age_max: Option<u8>,
    pub objectives_title: String,
    pub objectives: Vec<String>,
    pub discussion_title: String,
    pub discussion: Vec<String>,
    pub notes_title: String,
    pub notes: String,
    pub disclosure_title: String,
    pub disclosure: String,
}

#[uniffi::remote(Record)]
pub struct QuizOption {
    pub id: String,
    pub text: String,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct AnswerFeedback {
    pub chosen: String,
    pub correct: bool,
    pub correct_option: String,
    pub verdict: String,
    pub explanation: String,
    pub right_answer: Option<RightAnswer>,
}

#[uniffi::remote(Record)]
pub struct RightAnswer {
    pub label: String,
    pub option: String,
    pub text: String,
    pub explanation: String,
    pub line: String,
}

#[uniffi::remote(Record)]
pub struct ReviewItem {
    pub question_id: String,
    pub question: String,
    pub chosen_label: String,
    pub chosen: String,
    pub chosen_text: String,
    pub chosen_line: String,
    pub right_answer: RightAnswer,
}

#[uniffi::remote(Record)]
pub struct QuizQuestionScreen {
    pub lesson_id: String,
    pub question_id: String,
    pub position_label: String,
    pub number: u32,
    pub total: u32,
    pub question: String,
    pub options: Vec<QuizOption>,
    pub feedback: Option<AnswerFeedback>,
    pub next_question: Option<String>,
    pub next_label: String,
}

#[uniffi::remote(Record)]
pub struct QuizResultScreen {
    pub lesson_id: String,
    pub correct: u32,
    pub total: u32,
    pub result: String,
    pub review_title: String,
    pub review: Vec<ReviewItem>,
    pub retry_label: String,
}

#[uniffi::remote(Enum)]
pub enum ClassroomStep {
    PreTest,
    Lesson,
    Discussion,
    PostTest,
    Summary,
}

#[uniffi::remote(Record)]
pub struct ClassroomOutline {
    pub lesson_id: String,
    pub title: String,
    pub age_band_label: String,
    pub mode_title: String,
    pub intro: String,
    pub privacy_notice: String,
    pub steps: Vec<String>,
    pub bullet: String,
    pub start_label: String,
}

#[uniffi::remote(Record)]
pub struct ClassroomScreen {
    pub lesson_id: String,
    pub lesson_title: String,
    pub step: ClassroomStep,
    pub step_title: String,
    pub progress_label: String,
    pub heading: String,
    pub number: u32,
    pub total: u32,
    pub privacy_notice: String,
    pub question: Option<ClassQuestion>,
    pub section: Option<Section>,
    pub discussion: Option<ClassDiscussion>,
    pub summary: Option<ClassSummary>,
    pub next_label: Option<String>,
    pub back_label: Option<String>,
    pub end_label: String,
}

#[uniffi::remote(Record)]
pub struct ClassQuestion {
    pub question_id: String,
    pub position_label: String,
    pub question: String,
    pub options: Vec<ClassOption>,
    pub closed: bool,
    pub tally_hint: String,
    pub hands: u32,
    pub hands_label: String,
    pub status_line: String,
    pub add_label: String,
    pub remove_label: String,
    pub answer: Option<ClassAnswer>,
}

#[uniffi::remote(Record)]
pub struct ClassOption {
    pub id: String,
    pub text: String,
    pub label: String,
    pub mark: String,
    pub count: u32,
    pub count_label: String,
    pub correct: Option<bool>,
}

#[uniffi::remote(Record)]
pub struct ClassAnswer {
    pub title: String,
    pub option_id: String,
    pub text: String,
    pub explanation: String,
    pub line: String,
}

#[uniffi::remote(Record)]
pub struct ClassDiscussion {
    pub title: String,
    pub prompts: Vec<String>,
    pub bullet: String,
    pub notes_title: String,
    pub notes: String,
    pub disclosure_title: String,
    pub disclosure: String,
}

#[uniffi::remote(Record)]
pub struct ClassSummary {
    pub title: String,
    pub intro: String,
    pub rows: Vec<SummaryRow>,
    pub overall_title: String,
    pub overall_pre: SummaryCell,
    pub overall_post: SummaryCell,
    pub overall_line: String,
    pub change_label: String,
}

#[uniffi::remote(Record)]
pub struct SummaryRow {
    pub question_id: String,
    pub question: String,
    pub numbered: String,
    pub pre: SummaryCell,
    pub post: SummaryCell,
    pub line: String,
}

#[uniffi::remote(Record)]
pub struct SummaryCell {
    pub right: u32,
    pub hands: u32,
    pub percent: Option<u32>,
    pub label: String,
}

#[uniffi::remote(Record)]
pub struct RouteOption {
    pub id: String,
    pub label: String,
    pub selected: bool,
    pub mark: String,
}

#[uniffi::remote(Record)]
pub struct ChecklistItemModel {
    pub id: String,
    pub title: String,
    pub why: String,
    pub checked: bool,
    pub mark: String,
    pub lesson_id: Option<String>,
    pub lesson_label: Option<String>,
}

#[uniffi::remote(Record)]
pub struct StageModel {
    pub id: String,
    pub title: String,
    pub progress_label: String,
    pub heading: String,
    pub done: u32,
    pub total: u32,
    pub items: Vec<ChecklistItemModel>,
}

#[uniffi::remote(Record)]
pub struct ChecklistScreen {
    pub title: String,
    pub choose_route_label: String,
    pub routes: Vec<RouteOption>,
    pub route_label: String,
    pub why_label: String,
    pub progress_label: String,
    pub stages: Vec<StageModel>,
}

#[uniffi::remote(Enum)]
pub enum Answer {
    Yes,
    No,
    Unsure,
}

/// One answer in the job-offer check.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RedFlagAnswer {
    pub question_id: String,
    pub answer: Answer,
}

#[uniffi::remote(Record)]
pub struct RedFlagQuestionModel {
    pub id: String,
    pub text: String,
}

#[uniffi::remote(Record)]
pub struct RedFlagScreen {
    pub title: String,
    pub intro: String,
    pub yes_label: String,
    pub no_label: String,
    pub unsure_label: String,
    pub unanswered_mark: String,
    pub questions: Vec<RedFlagQuestionModel>,
}

#[uniffi::remote(Record)]
pub struct Reason {
    pub question_id: String,
    pub indicator: String,
    pub indicator_label: String,
    pub text: String,
    pub line: String,
}

#[uniffi::remote(Record)]
pub struct FindOut {
    pub question_id: String,
    pub text: String,
}

/// What opening a directory link does; the app opens its URI with the
/// phone's handler for that kind.
#[uniffi::remote(Enum)]
pub enum LinkKind {
    Call,
    Sms,
    WhatsApp,
    Web,
}

#[uniffi::remote(Record)]
pub struct NumberAction {
    pub display: String,
    pub kind: LinkKind,
    pub uri: String,
    pub label: String,
    pub line: String,
}

#[uniffi::remote(Record)]
pub struct EntryModel {
    pub id: String,
    pub country: String,
    pub country_name: String,
    pub name: String,
    pub heading: String,
    pub org: String,
    pub actions: Vec<NumberAction>,
    pub numbers_label: String,
    pub purposes: Vec<String>,
    pub purposes_label: String,
    pub languages: Vec<String>,
    pub speaks_your_language: bool,
    pub languages_label: String,
    pub hours_label: Option<String>,
    pub free_label: Option<String>,
    pub checked_label: String,
    pub source_label: String,
    pub provenance_label: String,
    pub source_url: String,
    pub source_action: Option<NumberAction>,
}

#[uniffi::remote(Record)]
pub struct RedFlagResult {
    pub title: String,
    pub level: String,
    pub headline: String,
    pub next_steps: String,
    pub found_label: String,
    pub reasons: Vec<Reason>,
    pub find_out_label: Option<String>,
    pub to_find_out: Vec<FindOut>,
    pub bullet: String,
    pub hotlines_label: String,
    pub hotlines: Vec<EntryModel>,
    pub hotlines_empty: Option<String>,
}

#[uniffi::remote(Record)]
pub struct FilterOption {
    pub id: String,
    pub label: String,
    pub selected: bool,
}

#[uniffi::remote(Record)]
pub struct DirectoryScreen {
    pub title: String,
    pub intro: String,
    pub country_label: String,
    pub countries: Vec<FilterOption>,
    pub country_choice: String,
    pub language_label: String,
    pub languages: Vec<FilterOption>,
    pub language_choice: String,
    pub purpose_label: String,
    pub purposes: Vec<FilterOption>,
    pub purpose_choice: String,
    pub country_heading: String,
    pub language_heading: String,
    pub purpose_heading: String,
    pub entries: Vec<EntryModel>,
    pub empty_text: Option<String>,
}

#[uniffi::remote(Enum)]
pub enum ResultKind {
    Lesson,
    Checklist,
    Redflag,
    Directory,
}

/// Where a search result leads; the app opens that screen at that place.
#[uniffi::remote(Enum)]
pub enum SearchTarget {
    Lesson {
        lesson: String,
        section: Option<String>,
    },
    ChecklistItem {
        item: String,
        stage: String,
        route: Option<String>,
    },
    Redflag {
        question: String,
    },
    Directory {
        entry: String,
    },
}

/// Where opening a search result goes: a screen and the thing on it.
#[uniffi::remote(Record)]
pub struct SearchOpen {
    pub destination: Destination,
    pub id: String,
}

#[uniffi::remote(Record)]
pub struct SearchResult {
    pub kind: ResultKind,
    pub kind_label: String,
    pub id: String,
    pub parent_id: Option<String>,
    pub title: String,
    pub heading: String,
    pub snippet: String,
    pub target: SearchTarget,
    pub open: Option<SearchOpen>,
    pub english_match: bool,
    pub english_label: Option<String>,
}

#[uniffi::remote(Record)]
pub struct SearchScreen {
    pub title: String,
    pub prompt: String,
    pub query: String,
    pub count_label: Option<String>,
    pub empty_text: Option<String>,
    pub fallback_text: Option<String>,
    pub results: Vec<SearchResult>,
}

#[uniffi::export]
impl Waymark {
    /// Retakes a quiz: its answers are forgotten, and the first question
    /// (the core's choice) comes back, unanswered.
    pub async fn retake_quiz(&self, lesson: String) -> Result<QuizQuestionScreen, ApiError> {
        self.run(move |w| w.content().retake_quiz(&lesson)).await
    }
}
