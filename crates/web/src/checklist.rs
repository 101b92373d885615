//! The "new capability" checklist of `CONTRIBUTING.md`, checked: what can
//! be forgotten when a capability is added fails here instead of silently.
//! (Routes in the role matrix are checked by `tests/http/authz.rs`, tables
//! in the personal-data list by the store's tests, strings in all three
//! locales by `i18n.rs`.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every capability: a folder in `src/`, in `templates/` and a strings file
/// per locale, all of the same name.
pub const CAPABILITIES: &[&str] = &[
    "account",
    "admin",
    "census",
    "coproduction",
    "easy",
    "events",
    "groups",
    "help",
    "impact",
    "inbox",
    "mentoring",
    "moderation",
    "neighbourhoods",
    "network",
    "notice_board",
    "notifications",
    "organisations",
    "pool",
    "search",
    "sites",
];

/// Files of the foundation that wire capabilities together and may name them.
const WIRING: &[&str] = &["lib.rs", "routes.rs", "worker.rs", "checklist.rs"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("readable dir").flatten() {
            let p = e.path();
            if p.is_dir() { stack.push(p) } else { out.push(p) }
        }
    }
    out
}

/// The capabilities a piece of code names by path (`crate::help::…`).
fn named_capabilities(code: &str) -> BTreeSet<&'static str> {
    CAPABILITIES
        .iter()
        .copied()
        .filter(|c| {
            code.match_indices(&format!("crate::{c}"))
                .any(|(i, m)| !code[i + m.len()..].starts_with(|ch: char| ch.is_ascii_alphanumeric() || ch == '_'))
        })
        .collect()
}

#[test]
fn every_folder_is_a_capability_with_templates_and_strings() {
    let src = root().join("src");
    for e in std::fs::read_dir(&src).expect("src").flatten() {
        if e.path().is_dir() {
            let name = e.file_name().to_string_lossy().to_string();
            assert!(
                name == "extractors" || CAPABILITIES.contains(&name.as_str()),
                "src/{name}/ is a folder but not in checklist::CAPABILITIES"
            );
        }
    }
    for c in CAPABILITIES {
        assert!(src.join(c).join("mod.rs").is_file(), "src/{c}/mod.rs is missing");
        assert!(src.join(c).join("pages.rs").is_file(), "src/{c}/pages.rs holds its page structs");
        assert!(root().join("templates").join(c).is_dir(), "templates/{c}/ is missing");
        for lang in ["de", "en", "de-simple"] {
            assert!(
                root().join("locales").join(lang).join(format!("{c}.ftl")).is_file(),
                "locales/{lang}/{c}.ftl is missing"
            );
        }
    }
}

#[test]
fn no_capability_imports_another() {
    for c in CAPABILITIES {
        for f in files_under(&root().join("src").join(c)) {
            let code = std::fs::read_to_string(&f).expect("source");
            let others: Vec<_> = named_capabilities(&code).into_iter().filter(|o| o != c).collect();
            assert!(
                others.is_empty(),
                "{} uses {others:?}: move what two capabilities share to the foundation, core or store",
                f.display()
            );
        }
    }
}

#[test]
fn the_foundation_imports_no_capability() {
    for e in std::fs::read_dir(root().join("src")).expect("src").flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if e.path().is_dir() || WIRING.contains(&name.as_str()) {
            continue;
        }
        let code = std::fs::read_to_string(e.path()).expect("source");
        let named = named_capabilities(&code);
        assert!(named.is_empty(), "src/{name} is foundation but uses {named:?}");
    }
}

#[test]
fn every_notice_used_is_defined() {
    let mut used = BTreeSet::new();
    for f in files_under(&root().join("src")).into_iter().chain(files_under(&root().join("templates"))) {
        if f.ends_with("checklist.rs") {
            continue;
        }
        let code = std::fs::read_to_string(&f).expect("source");
        for (i, _) in code.match_indices("notice=notice-") {
            let key: String = code[i + "notice=".len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            used.insert(key);
        }
    }
    assert!(used.len() > 10, "the scan finds the notices in redirects");
    for key in used {
        assert!(crate::page::NOTICES.contains(&key.as_str()), "`?notice={key}` is used but not in page::NOTICES");
    }
}

#[test]
fn every_capability_is_routed() {
    let routes = std::fs::read_to_string(root().join("src/routes.rs")).expect("routes");
    for c in CAPABILITIES {
        assert!(named_capabilities(&routes).contains(c) || routes.contains(&format!(" {c}::")), "{c} has no route");
    }
}
