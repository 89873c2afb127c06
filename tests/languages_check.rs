//! `check` in Belarusian and Russian (issue 23): its report, counts in the reader's plural
//! forms and grouped numbers, while `--gaps` as CSV and JSON stays byte for byte the same in
//! every language and the exit codes do not depend on the language.

mod common;

use common::{DataDir, repdash};

/// `check` with `args` on `d` in `lang`: exit code and stdout.
fn check(d: &DataDir, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = repdash()
        .args([
            "check",
            "--data",
            d.path().to_str().unwrap(),
            "--lang",
            lang,
        ])
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn the_check_report_speaks_russian_with_russian_plural_forms() {
    let d = DataDir::fixture();
    let (code, text) = check(&d, "ru", &[]);
    assert_eq!(code, Some(0), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("данные: "), "{text}");
    // Five files, five months: the Russian "many" form of both words.
    assert_eq!(lines[1], "месяцы: 5 файлов, 2023-11..2024-03 (5 месяцев)");
    assert!(
        text.contains(
            "  political_prisoners              4 из 5 месяцев, источники расходятся: 1\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nпредупреждения о согласованности: нет\n"),
        "{text}"
    );
    assert!(text.ends_with("проблемы: нет\n"), "{text}");
    assert!(!text.contains("months") && !text.contains("none"), "{text}");
}

#[test]
fn the_check_report_speaks_belarusian_and_keeps_metric_keys() {
    let d = DataDir::fixture();
    let (code, text) = check(&d, "be", &[]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("месяцы: 5 файлаў, 2023-11..2024-03 (5 месяцаў)"),
        "{text}"
    );
    assert!(text.contains("запісы: лічбаў — 22;"), "{text}");
    // Metric keys are names a script uses: never translated.
    assert!(text.contains("  detentions "), "{text}");
    let (_, gaps) = check(&d, "be", &["--gaps"]);
    assert!(
        gaps.lines().any(|l| l.starts_with("political_prisoners ")
            && l.ends_with("4 з 5 з 2023-11; прапушчаны: 2024-02")),
        "{gaps}"
    );
}

/// A file problem fails `check` with the same exit code in every language.
#[test]
fn a_broken_file_fails_check_the_same_way_in_every_language() {
    let d = DataDir::fixture();
    d.snapshot("2024-04.csv", "metric,value\nnot,a,figure\n");
    for lang in ["en", "be", "ru"] {
        let (code, text) = check(&d, lang, &[]);
        assert_eq!(code, Some(1), "{lang}: {text}");
        assert!(text.contains("2024-04.csv"), "{lang}: {text}");
    }
    let (_, ru) = check(&d, "ru", &[]);
    assert!(ru.contains("\nпроблемы: 1\n"), "{ru}");
}

/// `check --gaps` as CSV and JSON is data for programs: the same bytes in every language.
#[test]
fn check_gaps_csv_and_json_are_the_same_in_every_language() {
    let d = DataDir::fixture();
    for format in ["csv", "json"] {
        let (code, en) = check(&d, "en", &["--gaps", "--format", format]);
        assert_eq!(code, Some(0), "{en}");
        assert!(en.contains("political_prisoners"), "{en}");
        assert_eq!(check(&d, "be", &["--gaps", "--format", format]).1, en);
        assert_eq!(check(&d, "ru", &["--gaps", "--format", format]).1, en);
    }
}
