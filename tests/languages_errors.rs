//! Problems and errors in Belarusian and Russian (issue 23): what `check` lists and a failing
//! command prints speaks the reader's language, with the file, line and field named as in
//! English and the exit codes unchanged; problems found on the loader's worker threads are in
//! the language of the thread that asked for the load.

mod common;

use common::{DataDir, repdash};
use repdash::data::{DataSource, Lang, Store, set_lang};

/// A fixture with one bad value and one unknown metric in March 2024.
fn broken() -> DataDir {
    let d = DataDir::fixture();
    d.snapshot(
        "2024-03.csv",
        "metric,article,value,qualifier,as_of,source_url,source_title,published,note\n\
         political_prisoners,,12x,exact,2024-03-31,https://example.org/a,T,,\n\
         no_such_metric,,5,exact,2024-03-31,https://example.org/b,T,,\n",
    );
    d
}

/// `repdash --lang LANG ARGS --data DIR`: exit code, stdout, stderr.
fn run(d: &DataDir, lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let out = repdash()
        .args(["--lang", lang])
        .args(args)
        .args(["--data", d.path().to_str().unwrap()])
        .output()
        .unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

#[test]
fn check_lists_file_problems_in_russian_with_file_line_and_field() {
    let d = broken();
    let (code, out, _) = run(&d, "ru", &["check"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(
            "snapshots/2024-03.csv:2: value: значение \"12x\" — не число (только цифры, не больше 15 значащих)"
        ),
        "{out}"
    );
    assert!(
        out.contains("snapshots/2024-03.csv:3: metric: неизвестный показатель \"no_such_metric\""),
        "{out}"
    );
    let (code, en, _) = run(&d, "en", &["check"]);
    assert_eq!(code, Some(1));
    assert!(
        en.contains("2024-03.csv:2: value: value \"12x\" is not a number"),
        "{en}"
    );
}

#[test]
fn a_failing_command_says_why_in_belarusian_and_exits_as_in_english() {
    let d = broken();
    let (code, _, err) = run(&d, "be", &["summary"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.starts_with("repdash: праблемы ў даных (2):"), "{err}");
    assert!(err.contains("— не лік"), "{err}");
    assert!(err.contains("поўная справаздача: `repdash check`"), "{err}");
    let (code, _, en) = run(&d, "en", &["summary"]);
    assert_eq!(code, Some(1));
    assert!(en.starts_with("repdash: 2 problem(s) in the data:"), "{en}");
}

#[test]
fn a_usage_error_is_in_the_readers_language_with_exit_2() {
    let d = DataDir::fixture();
    let (code, _, err) = run(&d, "ru", &["summary", "--metric", "nope"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("неизвестный показатель \"nope\""), "{err}");
    let (code, _, err) = run(&d, "be", &["compare"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("compare патрэбны два перыяды"), "{err}");
}

/// The snapshots are parsed on worker threads; their problems still speak the reader's
/// language (without carrying it over they came out in English).
#[test]
fn problems_from_the_loaders_threads_speak_the_callers_language() {
    let d = broken();
    set_lang(Lang::Be);
    let problems = Store::load(&DataSource::Dir(d.path().to_path_buf())).unwrap_err();
    set_lang(Lang::En);
    let messages: Vec<String> = problems.0.iter().map(|p| p.message.clone()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("значэнне \"12x\" — не лік")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m == "невядомы паказчык \"no_such_metric\" (яго няма ў metrics.csv)"),
        "{messages:?}"
    );
}
