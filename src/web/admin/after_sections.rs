//! The dashboard's after-the-event sections: the network's report per region (with targets and
//! "fewer than 5") and, on an event's dashboard, its feedback as SVG charts and listed texts.

use crate::domain::{Lang, Region};
use crate::i18n::t;
use crate::services::feedback::{FeedbackKind, Results};
use crate::services::reporting::{Count, RegionReport, Share};

use super::super::charts::{Datum, bar_chart};

/// One region's line, ready to print.
pub struct RegionRow {
    pub region: String,
    pub registrations: String,
    pub attendees: String,
    pub women: String,
    pub target_women: String,
    pub young: String,
    pub target_young: String,
}

/// One feedback question: a chart of its counts, or its free-text answers.
pub struct FeedbackBlock {
    pub id: String,
    pub label: String,
    pub svg: String,
    pub rows: Vec<(String, u64)>,
    pub average: String,
    pub texts: Vec<String>,
}

#[derive(Default)]
pub struct AfterSections {
    pub regions: Vec<RegionRow>,
    pub feedback: Option<(u64, Vec<FeedbackBlock>)>,
    /// The feedback filter's current values, for the filter form.
    pub language: String,
    pub region: String,
    pub region_options: Vec<(&'static str, String)>,
    pub language_options: Vec<(&'static str, &'static str)>,
}

fn count(c: Count, lang: Lang) -> String {
    match c {
        Count::Exact(n) => n.to_string(),
        Count::FewerThan5 => t(lang, "admin-reporting-fewer-than-5"),
    }
}

fn share(s: Option<Share>, lang: Lang) -> String {
    match s {
        None => "–".into(),
        Some(Share::Percent(p)) => format!("{p:.1} %"),
        Some(Share::FewerThan5) => t(lang, "admin-reporting-fewer-than-5"),
    }
}

fn target(v: Option<i32>) -> String {
    v.map_or_else(|| "–".into(), |p| format!("{p} %"))
}

pub fn regions(report: &[RegionReport], lang: Lang) -> AfterSections {
    let label = |key: &str| {
        Region::ALL
            .into_iter()
            .find(|r| r.as_str() == key)
            .map_or_else(|| key.to_string(), |r| t(lang, r.label_key()))
    };
    AfterSections {
        regions: report
            .iter()
            .map(|r| RegionRow {
                region: label(r.region),
                registrations: count(r.registrations, lang),
                attendees: count(r.attendees, lang),
                women: share(r.share_women, lang),
                target_women: target(r.target_women),
                young: share(r.share_under_35, lang),
                target_young: target(r.target_under_35),
            })
            .collect(),
        region_options: Region::ALL
            .into_iter()
            .map(|r| (r.as_str(), t(lang, r.label_key())))
            .collect(),
        language_options: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        ..Default::default()
    }
}

pub fn feedback(results: &Results) -> (u64, Vec<FeedbackBlock>) {
    let blocks = results
        .questions
        .iter()
        .map(|q| {
            let rows: Vec<(String, u64)> = q.counts.clone();
            let data: Vec<Datum> = rows.iter().map(|(k, n)| Datum::new(k, *n)).collect();
            let id = format!("feedback-{}", q.id);
            FeedbackBlock {
                svg: if q.kind == FeedbackKind::Text {
                    String::new()
                } else {
                    bar_chart(&id, &q.label, &data)
                },
                id,
                label: q.label.clone(),
                rows,
                average: q.average.map(|a| format!("{a:.1} / 5")).unwrap_or_default(),
                texts: q.texts.clone(),
            }
        })
        .collect();
    (results.responses, blocks)
}
