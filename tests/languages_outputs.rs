//! What commands say about the files they write and the register they list, in Belarusian
//! and Russian (issue 23): counts in the plural form the number takes, the file written the
//! same bytes in every language, and the `(3m)` mark of help in the reader's letters.

mod common;

use common::{DataDir, repdash};
use repdash::dash::help_lines;
use repdash::dash::{Theme, ThemeName};
use repdash::data::{Lang, set_lang};

/// `repdash --lang LANG ARGS --data DIR`: exit code and stdout.
fn run(d: &DataDir, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = repdash()
        .args(["--lang", lang, "--data", d.path().to_str().unwrap()])
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn export_says_what_it_wrote_in_the_readers_plural_and_writes_the_same_bytes() {
    let d = DataDir::fixture();
    let mut files = Vec::new();
    for (lang, said) in [("en", "(1 case)"), ("be", "(1 справа)"), ("ru", "(1 дело)")] {
        let out = d.path().join(format!("cases-{lang}.csv"));
        let path = out.to_str().unwrap();
        let args = [
            "export",
            "--rows",
            "cases",
            "--article",
            "342",
            "--from",
            "2024-01",
        ];
        let (code, text) = run(&d, lang, &[&args[..], &["-o", path]].concat());
        assert_eq!(code, Some(0), "{text}");
        assert!(text.ends_with(&format!("{said}\n")), "{lang}: {text}");
        files.push(std::fs::read(&out).unwrap());
    }
    assert!(
        files.windows(2).all(|w| w[0] == w[1]),
        "same CSV in every language"
    );
    let out = d.path().join("figures-ru.csv");
    let args = ["export", "--rows", "figures", "--metric", "detentions"];
    let (_, text) = run(
        &d,
        "ru",
        &[&args[..], &["-o", out.to_str().unwrap()]].concat(),
    );
    // The fixture has five detention figures: the Russian "many" form.
    assert!(text.ends_with("(5 цифр)\n"), "{text}");
}

#[test]
fn the_case_listing_speaks_russian_and_keeps_its_sample_warning() {
    let d = DataDir::fixture();
    let (code, text) = run(&d, "ru", &["cases", "--from", "2023-12", "--to", "2024-02"]);
    assert_eq!(code, Some(0), "{text}");
    let head = text.lines().next().unwrap();
    assert!(head.starts_with("4 задокументированных дела за "), "{head}");
    assert!(text.contains("осуждён") || text.contains("осужд"), "{text}");
    assert!(
        text.ends_with("(задокументированные дела: выборка, а не общенациональные итоги)\n"),
        "{text}"
    );
    let (_, md) = run(&d, "be", &["cases", "--format", "md", "--from", "2023-12"]);
    assert!(
        md.contains("| дата | чалавек | падзея | артыкулы | тэрмін | заўвага | крыніца |"),
        "{md}"
    );
}

#[test]
fn help_marks_a_change_across_a_gap_in_the_readers_letters() {
    let theme = Theme::new(ThemeName::NoColour);
    set_lang(Lang::Ru);
    let ru: Vec<String> = help_lines(&theme).iter().map(|l| l.to_string()).collect();
    set_lang(Lang::En);
    let en: Vec<String> = help_lines(&theme).iter().map(|l| l.to_string()).collect();
    assert!(
        ru.iter().any(|l| l.trim_start().starts_with("(3м)  Δ")),
        "{ru:#?}"
    );
    assert!(
        en.iter().any(|l| l.trim_start().starts_with("(3m)  Δ")),
        "{en:#?}"
    );
}

#[test]
fn import_says_what_it_merged_in_belarusian() {
    let d = DataDir::fixture();
    let table = d.path().join("incoming.csv");
    std::fs::write(
        &table,
        "month,metric,article,value,qualifier,as_of,source_url,source_title,published,note\n\
         2024-05,detentions,,120,exact,,https://example.org/fixture/may,Fixture,,\n",
    )
    .unwrap();
    let out = repdash()
        .args(["--lang", "be", "import"])
        .arg(&table)
        .arg("--into")
        .arg(d.path())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("2024-05.csv: дададзена 1, прапушчана паўтораў 0 (новы файл)"),
        "{text}"
    );
    let written = std::fs::read_to_string(d.path().join("snapshots/2024-05.csv")).unwrap();
    assert!(written.contains("detentions,,120,exact"), "{written}");
}

#[test]
fn chart_and_report_say_what_they_wrote_in_russian() {
    let d = DataDir::fixture();
    let svg = d.path().join("chart.svg");
    let args = [
        "chart",
        "--metric",
        "political_prisoners",
        "-o",
        svg.to_str().unwrap(),
    ];
    let (code, text) = run(&d, "ru", &args);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("(график 960x540, "), "{text}");
    let md = d.path().join("report.md");
    let (code, text) = run(&d, "ru", &["report", "-o", md.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("(отчёт, 2024-03)"), "{text}");
}
