//! The binary's commands, run as an operator would.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn quartier(dir: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_quartier"));
    c.current_dir(dir).env_remove("QUARTIER_DATABASE_URL").env("QUARTIER_MAIL__OUTBOX_DIR", dir.join("outbox"));
    c
}

#[test]
fn help_lists_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let out = quartier(dir.path()).arg("--help").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["serve", "migrate", "admin", "demo", "backup", "restore", "config"] {
        assert!(text.contains(cmd), "{cmd} missing from --help");
    }
    let out = quartier(dir.path()).args(["admin", "--help"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in ["create-operator", "create-neighbourhood", "make-coordinator"] {
        assert!(text.contains(cmd), "{cmd} missing from admin --help");
    }
}

#[test]
fn a_wrong_setting_names_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let out = quartier(dir.path()).arg("config").env("QUARTIER_DATABASE_URL", "mysql://x").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("database_url"));
    std::fs::write(dir.path().join("quartier.toml"), "bind = \"nicht-gültig\"\n").unwrap();
    let out = quartier(dir.path()).arg("config").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bind"));
}

#[test]
fn config_hides_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let out = quartier(dir.path())
        .arg("config")
        .env("QUARTIER_DATABASE_URL", "postgres://quartier:geheim@db.example.org/quartier")
        .env("QUARTIER_MAIL__SMTP_URL", "smtps://u:auch-geheim@mail.example.org:465")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!text.contains("geheim"), "{text}");
    assert!(text.contains("db.example.org"));
}

#[test]
fn admin_demo_backup_and_restore_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = quartier(dir.path()).args(args).env("QUARTIER_NEW_PASSWORD", "ein langes Passwort").output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    run(&["migrate"]);
    run(&["admin", "create-operator", "--email", "op@example.org", "--name", "Olga"]);
    run(&["admin", "create-neighbourhood", "--slug", "westend", "--name", "Westend"]);
    run(&["admin", "make-coordinator", "--email", "op@example.org", "--slug", "westend"]);
    assert!(run(&["demo"]).contains("koordination@example.org"));
    run(&["backup", "copy.db"]);
    assert!(dir.path().join("copy.db").exists());
    run(&["restore", "copy.db"]);
    let out = quartier(dir.path())
        .args(["admin", "make-coordinator", "--email", "nobody@example.org", "--slug", "westend"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--email"));
}
