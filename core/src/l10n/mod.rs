//! Localization: every user-facing string, in nine languages.
//!
//! Owns the embedded Fluent catalog (`locales/<tag>/*.ftl`, compiled in by
//! `build.rs`), locale negotiation from a device's ordered preferences, and
//! the [`Localizer`] that screen models and errors are rendered with. No
//! other module formats user-facing text.
//!
//! Isolation marks are off (`set_use_isolating(false)`): none of the nine
//! locales is right-to-left, and the FSI/PDI characters would otherwise sit
//! around every name and number the UIs draw, showing as boxes on some
//! Android fonts and breaking copy/paste of numbers.

pub mod check;
pub mod manifest;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::error::{ArgValue, Error};
pub use check::{LocaleFiles, Problem};
pub use manifest::{LocaleInfo, Manifest, ReviewStatus};

use crate::embedded;

type Bundle = FluentBundle<FluentResource>;

/// A set of Fluent catalogs: the embedded one, or one from an installed
/// content pack. A locale's catalog is parsed the first time a localizer
/// needs it (a session in Thai parses Thai and English, not all nine), and
/// the embedded locales are unpacked at that moment too.
pub struct Texts {
    manifest: Manifest,
    /// Every manifest locale, with its catalog once built.
    bundles: HashMap<String, OnceLock<Arc<Bundle>>>,
    /// Where the `.ftl` sources come from.
    sources: Sources,
    ids: Vec<LanguageIdentifier>,
}

/// The `.ftl` sources of a [`Texts`].
enum Sources {
    /// The compiled-in locales ([`embedded::locale_files`]).
    Embedded,
    /// Files given to [`Texts::from_files`], by tag: `(file, source)`.
    Given(HashMap<String, Vec<(String, String)>>),
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("manifest", &self.manifest)
            .finish_non_exhaustive()
    }
}

impl Texts {
    /// Catalogs from a manifest and `(tag, file, source)` triples. Syntax
    /// errors keep a resource's good entries (the check reports the rest);
    /// a broken manifest falls back to English only.
    pub fn from_files<'a>(
        manifest: &str,
        files: impl Iterator<Item = (&'a str, &'a str, &'a str)> + Clone,
    ) -> Texts {
        let mut given: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for (tag, file, source) in files {
            given
                .entry(tag.to_string())
                .or_default()
                .push((file.to_string(), source.to_string()));
        }
        Self::new(manifest, Sources::Given(given))
    }

    /// The compiled-in catalogs.
    fn embedded() -> Texts {
        Self::new(embedded::MANIFEST, Sources::Embedded)
    }

    fn new(manifest: &str, sources: Sources) -> Texts {
        let manifest = Manifest::parse(manifest).unwrap_or_else(|_| Manifest {
            source: "en".into(),
            locales: vec![LocaleInfo {
                tag: "en".into(),
                name: "English".into(),
                review: ReviewStatus::Source,
            }],
        });
        let mut bundles = HashMap::new();
        let mut ids = Vec::new();
        for info in &manifest.locales {
            let Ok(lang) = info.tag.parse::<LanguageIdentifier>() else {
                continue;
            };
            bundles.insert(info.tag.clone(), OnceLock::new());
            ids.push(lang);
        }
        Texts {
            manifest,
            bundles,
            sources,
            ids,
        }
    }

    /// The catalog of `tag`, built on first use; `None` for a tag the
    /// manifest does not list.
    fn bundle(&self, tag: &str) -> Option<Arc<Bundle>> {
        let cell = self.bundles.get(tag)?;
        Some(cell.get_or_init(|| Arc::new(self.build(tag))).clone())
    }

    fn build(&self, tag: &str) -> Bundle {
        let lang = tag.parse::<LanguageIdentifier>().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![lang]);
        bundle.set_use_isolating(false);
        let mut add = |source: String| {
            let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
            // Duplicate ids are reported by the check; first one wins.
            let _ = bundle.add_resource(resource);
        };
        match &self.sources {
            Sources::Embedded => {
                for (_, source) in embedded::locale_files(tag) {
                    add((*source).to_string());
                }
            }
            Sources::Given(given) => {
                for (_, source) in given.get(tag).map_or(&[][..], Vec::as_slice) {
                    add(source.clone());
                }
            }
        }
        bundle
    }
}

static CATALOG: LazyLock<Arc<Texts>> = LazyLock::new(|| Arc::new(Texts::embedded()));

/// The catalogs compiled into this build.
pub fn embedded_texts() -> Arc<Texts> {
    CATALOG.clone()
}

/// The locales this build ships, in manifest order.
pub fn available() -> Vec<LocaleInfo> {
    CATALOG.manifest.locales.clone()
}

/// Whether `tag` names a shipped locale exactly.
pub fn is_available(tag: &str) -> bool {
    CATALOG.manifest.get(tag).is_some()
}

/// Runs [`check::check`] on the embedded catalog.
pub fn check_embedded() -> Vec<Problem> {
    let mut files: BTreeMap<String, LocaleFiles> = BTreeMap::new();
    for (tag, file, source) in embedded::all_locale_files() {
        files
            .entry(tag.to_string())
            .or_default()
            .push((file.to_string(), source.to_string()));
    }
    check::check(embedded::MANIFEST, &files)
}

/// Reads a device or user locale tag: `th_TH.UTF-8`, `my-MM`, Android's
/// legacy `in` (Indonesian) and `tl` (Tagalog, shipped as Filipino).
pub fn parse_tag(raw: &str) -> Option<LanguageIdentifier> {
    let base = raw.trim().split(['.', '@']).next()?.replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return None;
    }
    let mut id: LanguageIdentifier = base.parse().ok()?;
    let mapped = match id.language.as_str() {
        "in" => Some("id"),
        "tl" => Some("fil"),
        _ => None,
    };
    if let Some(lang) = mapped {
        id.language = lang.parse().ok()?;
    }
    Some(id)
}

/// Orders the shipped locales for a device's preferences, always ending in
/// the source locale (English).
pub fn negotiate(requested: &[String]) -> Vec<String> {
    negotiate_in(&CATALOG, requested)
}

fn negotiate_in(catalog: &Texts, requested: &[String]) -> Vec<String> {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|r| parse_tag(r)).collect();
    let source = catalog.manifest.source.clone();
    let default = source.parse::<LanguageIdentifier>().ok();
    let mut chain: Vec<String> = negotiate_languages(
        &requested,
        &catalog.ids,
        default.as_ref(),
        NegotiationStrategy::Filtering,
    )
    .into_iter()
    .map(|id| id.to_string())
    .filter(|tag| catalog.bundles.contains_key(tag))
    .collect();
    if !chain.contains(&source) {
        chain.push(source);
    }
    chain
}

/// Renders messages in one negotiated locale with fallbacks.
#[derive(Clone)]
pub struct Localizer {
    texts: Arc<Texts>,
    chain: Vec<(String, Arc<Bundle>)>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<&str> = self.chain.iter().map(|(t, _)| t.as_str()).collect();
        f.debug_struct("Localizer").field("chain", &tags).finish()
    }
}

impl Localizer {
    /// A localizer for a device's ordered preferences.
    pub fn for_preferences(requested: &[String]) -> Self {
        Self::with_texts(CATALOG.clone(), requested)
    }

    /// A localizer over `texts` (e.g. an installed content pack's).
    pub fn with_texts(texts: Arc<Texts>, requested: &[String]) -> Self {
        let chain = negotiate_in(&texts, requested)
            .into_iter()
            .filter_map(|tag| texts.bundle(&tag).map(|b| (tag, b)))
            .collect();
        Localizer { texts, chain }
    }

    /// A localizer over the same texts in the source locale (English): what
    /// search falls back to.
    pub fn source(&self) -> Localizer {
        let source = self.texts.manifest.source.clone();
        Self::with_texts(self.texts.clone(), &[source])
    }

    /// The locale that messages come from first.
    pub fn active_tag(&self) -> &str {
        self.chain
            .first()
            .map_or(self.texts.manifest.source.as_str(), |(t, _)| t.as_str())
    }

    pub fn active_info(&self) -> LocaleInfo {
        self.texts
            .manifest
            .get(self.active_tag())
            .cloned()
            .unwrap_or_else(|| LocaleInfo {
                tag: self.active_tag().to_string(),
                name: self.active_tag().to_string(),
                review: ReviewStatus::MachineDrafted,
            })
    }

    /// The fallback chain, most preferred first.
    pub fn chain(&self) -> Vec<String> {
        self.chain.iter().map(|(t, _)| t.clone()).collect()
    }

    /// Whether the most preferred locale itself defines `id`.
    pub fn has_message_in_active(&self, id: &str) -> bool {
        self.chain
            .first()
            .is_some_and(|(_, b)| b.get_message(id).and_then(|m| m.value()).is_some())
    }

    pub fn message(&self, id: &str) -> String {
        self.message_with(id, &[])
    }

    /// Formats `id` with `args` from the first locale that has it. A
    /// message missing everywhere renders as its id, which the completeness
    /// check makes impossible in a shipped build.
    pub fn message_with(&self, id: &str, args: &[(&str, ArgValue)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let v: FluentValue = match value {
                ArgValue::Number(n) => FluentValue::from(*n),
                ArgValue::Text(t) => FluentValue::from(t.clone()),
            };
            fluent_args.set(*name, v);
        }
        for (_, bundle) in &self.chain {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
            }
        }
        id.to_string()
    }

    /// `items` as one list in the active locale's way: the locale's
    /// separator between items (`list-separator`: ", " in English, "၊ " in
    /// Burmese, a space in Thai) and its last one before the final item
    /// (`list-last-separator`: " and ", " နှင့် ", " และ"). Every model
    /// that shows a list as text joins it here.
    pub fn join(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => {
                let sep = self.message("list-separator");
                let mut out = rest.join(&sep);
                out.push_str(&self.message("list-last-separator"));
                out.push_str(last);
                out
            }
        }
    }

    /// The person-facing explanation of `error`.
    pub fn error(&self, error: &Error) -> String {
        self.message_with(error.l10n_id(), &error.l10n_args())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn lists_are_joined_the_way_each_locale_writes_them() {
        let items: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        let join =
            |tag: &str, n: usize| Localizer::for_preferences(&prefs(&[tag])).join(&items[..n]);
        assert_eq!(join("en", 3), "A, B and C");
        assert_eq!(join("en", 2), "A and B");
        assert_eq!(join("en", 1), "A");
        assert_eq!(join("en", 0), "");
        // Burmese separates with the little section mark, not a comma.
        assert_eq!(join("my", 3), "A၊ B နှင့် C");
        // Thai writes no comma: a space, and "และ" before the last.
        assert_eq!(join("th", 3), "A B และC");
        assert_eq!(join("th", 2), "A และB");
        for info in available() {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            assert!(l.has_message_in_active("list-separator"), "{}", info.tag);
            assert!(
                l.has_message_in_active("list-last-separator"),
                "{}",
                info.tag
            );
            if info.tag != "en" {
                assert!(!join(&info.tag, 3).contains(" and "), "{}", info.tag);
            }
        }
    }

    #[test]
    fn the_shipped_catalog_is_complete() {
        let problems = check_embedded();
        assert!(
            problems.is_empty(),
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert_eq!(available().len(), 9);
    }

    #[test]
    fn negotiation_maps_legacy_and_regional_tags() {
        assert_eq!(negotiate(&prefs(&["in-ID"]))[0], "id");
        assert_eq!(negotiate(&prefs(&["in"]))[0], "id");
        assert_eq!(negotiate(&prefs(&["tl-PH"]))[0], "fil");
        assert_eq!(negotiate(&prefs(&["my-MM"]))[0], "my");
        assert_eq!(negotiate(&prefs(&["th_TH.UTF-8"]))[0], "th");
        assert_eq!(negotiate(&prefs(&["zh-CN"])), vec!["en"]);
        assert_eq!(negotiate(&prefs(&[])), vec!["en"]);
        assert_eq!(negotiate(&prefs(&["C", "", "???"])), vec!["en"]);
        assert_eq!(
            negotiate(&prefs(&["zh", "km-KH", "vi"])),
            vec!["km", "vi", "en"]
        );
    }

    #[test]
    fn every_locale_has_its_own_text_and_english_stays_last() {
        let en = Localizer::for_preferences(&prefs(&["en"])).message("home-title");
        for info in available().iter().filter(|i| i.tag != "en") {
            let l = Localizer::for_preferences(std::slice::from_ref(&info.tag));
            assert_eq!(l.active_tag(), info.tag);
            assert_eq!(l.chain().last().map(String::as_str), Some("en"));
            assert_ne!(l.message("home-title"), en, "{} shows English", info.tag);
        }
    }

    #[test]
    fn arguments_are_substituted_without_isolation_marks() {
        let th = Localizer::for_preferences(&prefs(&["th"]));
        let text = th.message_with(
            "home-greeting-named",
            &[("name", ArgValue::Text("Mai".into()))],
        );
        assert!(text.contains("Mai"));
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
        let err = th.error(&Error::InvalidPin(
            crate::error::PinProblem::PassphraseTooShort { min: 8 },
        ));
        assert!(err.contains('8'), "{err}");
    }

    #[test]
    fn errors_are_localized() {
        let en = Localizer::for_preferences(&prefs(&["en"])).error(&Error::WrongPin);
        let my = Localizer::for_preferences(&prefs(&["my"])).error(&Error::WrongPin);
        assert_eq!(en, "That PIN or passphrase is not correct.");
        assert_ne!(my, en);
        assert!(my.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c)));
    }
}
