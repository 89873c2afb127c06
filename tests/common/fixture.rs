//! A small synthetic dataset for behaviour tests: made up numbers on example.org URLs, built
//! so that each rule has a case (a same-day conflict, an earlier reading, two batches, a gap,
//! a stated quarter total, cases by article). Real-data facts live in tests/real_data.rs only;
//! a data update never touches this.

use std::fs;

use super::DataDir;

const METRICS: &str = "key,tab,label,unit,kind,description,total_of
political_prisoners,prisoners,Political prisoners,people,level,Fixture level held at month end,
pp_recognized,prisoners,Recognised in month,people,flow,Fixture flow,
pp_released,prisoners,Released in month,people,flow,Fixture flow,
detentions,detentions,Detentions,people,flow,Fixture flow,
criminal_convictions,detentions,Criminal convictions,people,flow,Fixture flow with no figures,
detentions_quarter,detentions,Detentions in quarter (stated),people,period,Fixture stated total,detentions
admin_cases,administrative,Administrative cases,cases,flow,Fixture flow,
extremist_individuals_added,extremism,Added to extremist individuals list,people,flow,Fixture flow,
extremist_individuals_total,extremism,Extremist individuals list size,people,level,Fixture list size,
convictions_by_article,articles,Convictions by article,people,flow,Fixture flow by article,
";

const ARTICLES: &str = "code,article,short_name,name_source_url
criminal,342,Fixture article on protests,https://example.org/fixture/articles
criminal,361-1,Fixture article on formations,https://example.org/fixture/articles
criminal,411,Fixture article on prison discipline,https://example.org/fixture/articles
";

const EVENTS: &str = "date,kind,label,source_url
2023-12-20,list,Fixture event,https://example.org/fixture/event
";

const CASES: &str = "date,month,person,event,articles,sentence_months,court,source_url,note
2023-12-05,2023-12,Fixture Person A,convicted,342,36,Fixture court,https://example.org/fixture/case-a,
2024-01-10,2024-01,Fixture Person B,convicted,411,12,Fixture court,https://example.org/fixture/case-b,
2024-01-20,2024-01,Fixture Person C,convicted,361-1;342,60,Fixture court,https://example.org/fixture/case-c,
2024-02-02,2024-02,Fixture Person D,detained,adm:19.11,,,https://example.org/fixture/case-d,an article outside the glossary
";

/// Month files: (name, rows after the header).
const MONTHS: [(&str, &str); 5] = [
    ("2023-11.csv", "political_prisoners,,1400,exact,2023-11-30,https://example.org/fixture/nov,Fixture review November,2023-12-05,
detentions,,200,exact,,https://example.org/fixture/nov,Fixture review November,2023-12-05,
admin_cases,,300,at_least,,https://example.org/fixture/nov,Fixture review November,2023-12-05,
extremist_individuals_total,,1000,exact,2023-11-24,https://example.org/fixture/list,Fixture list,,
"),
    ("2023-12.csv", "political_prisoners,,1450,exact,2023-12-31,https://example.org/fixture/dec-a,Fixture review December,2024-01-10,
political_prisoners,,1470,exact,2023-12-31,https://example.org/fixture/dec-b,Fixture year review,2024-01-04,
detentions,,250,about,,https://example.org/fixture/dec-a,Fixture review December,2024-01-10,
extremist_individuals_added,,12,at_least,2023-12-08,https://example.org/fixture/add-1,Fixture list update,,
extremist_individuals_added,,14,at_least,2023-12-22,https://example.org/fixture/add-2,Fixture list update,,
extremist_individuals_added,,14,at_least,2023-12-22,https://example.org/fixture/add-2b,Fixture news,,
extremist_individuals_total,,1040,exact,2023-12-29,https://example.org/fixture/list,Fixture list,,
"),
    ("2024-01.csv", "political_prisoners,,1420,exact,2024-01-31,https://example.org/fixture/jan,Fixture review January,2024-02-06,
detentions,,310,exact,,https://example.org/fixture/jan,Fixture review January,2024-02-06,
detentions,,305,exact,,https://example.org/fixture/jan-b,Fixture quarterly,2024-04-10,
pp_recognized,,90,exact,,https://example.org/fixture/jan,Fixture review January,2024-02-06,
pp_released,,20,at_least,2024-01-19,https://example.org/fixture/release,Fixture news,2024-01-19,
convictions_by_article,342,7,at_least,,https://example.org/fixture/jan,Fixture review January,2024-02-06,
convictions_by_article,411,5,exact,,https://example.org/fixture/jan,Fixture review January,2024-02-06,
"),
    ("2024-02.csv", "detentions,,280,exact,,https://example.org/fixture/feb,Fixture review February,2024-03-05,
"),
    ("2024-03.csv", "political_prisoners,,1380,exact,2024-03-31,https://example.org/fixture/mar,Fixture review March,2024-04-04,
political_prisoners,,1360,exact,2024-03-12,https://example.org/fixture/mar-news,Fixture news,2024-03-12,
detentions_quarter,,900,exact,,https://example.org/fixture/q1,Fixture quarterly,2024-04-10,
"),
];

impl DataDir {
    /// The synthetic fixture dataset: months 2023-11..2024-03, political prisoners missing in
    /// 2024-02, detentions missing in 2024-03.
    pub fn fixture() -> DataDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("snapshots")).unwrap();
        for (name, text) in [
            ("metrics.csv", METRICS),
            ("articles.csv", ARTICLES),
            ("events.csv", EVENTS),
            ("cases.csv", CASES),
        ] {
            fs::write(dir.path().join(name), text).unwrap();
        }
        let d = DataDir { dir };
        for (name, rows) in MONTHS {
            d.snapshot(name, format!("{}{rows}", super::HEADER_V2));
        }
        d
    }
}
