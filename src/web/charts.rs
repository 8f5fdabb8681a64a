//! Server-rendered SVG charts: readable without JavaScript, titled and described for screen
//! readers (pages put the numbers in a table beside them as well).
//!
//! Pure functions from numbers to markup. Colours are presentation attributes, not `style`,
//! because the pages' Content-Security-Policy forbids inline styles.

use std::fmt::Write;

/// One bar or point: its label and its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Datum {
    pub label: String,
    pub value: u64,
}

impl Datum {
    pub fn new(label: impl Into<String>, value: u64) -> Datum {
        Datum {
            label: label.into(),
            value,
        }
    }
}

const BAR_COLOUR: &str = "#2f6f9f";
const WIDTH: u32 = 640;
const ROW: u32 = 26;
const LABEL_WIDTH: u32 = 220;
const VALUE_WIDTH: u32 = 60;
const LINE_HEIGHT: u32 = 220;
const PAD: u32 = 30;

/// Horizontal bars, one per datum, labels on the left and values on the right. `id` must be
/// unique within the page: the title and description are referenced by it.
pub fn bar_chart(id: &str, title: &str, data: &[Datum]) -> String {
    let height =
        (ROW * u32::try_from(data.len()).unwrap_or(u32::MAX / ROW).max(1)).min(ROW * 500) + 10;
    let max = data.iter().map(|d| d.value).max().unwrap_or(0).max(1);
    let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    let desc = describe(data);
    let mut svg = open(id, title, &desc, WIDTH, height);
    for (i, d) in (0u32..).zip(data.iter().take(500)) {
        let y = 5 + i * ROW;
        let len = scale(d.value, max, span);
        let _ = write!(
            svg,
            "<g><title>{label}: {value}</title>\
             <text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" font-size=\"13\" fill=\"currentColor\">{short}</text>\
             <rect x=\"{bx}\" y=\"{by}\" width=\"{len}\" height=\"{bh}\" fill=\"{BAR_COLOUR}\"/>\
             <text x=\"{vx}\" y=\"{ty}\" font-size=\"13\" fill=\"currentColor\">{value}</text></g>",
            label = escape(&d.label),
            value = d.value,
            lx = LABEL_WIDTH - 8,
            ty = y + 17,
            short = escape(&truncate(&d.label, 30)),
            bx = LABEL_WIDTH,
            by = y + 4,
            bh = ROW - 8,
            vx = LABEL_WIDTH + len + 6,
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A line over time (or any ordered labels): the first and last label under the axis, the
/// largest value beside it, and a dot per point that names its label and value on hover.
pub fn line_chart(id: &str, title: &str, data: &[Datum]) -> String {
    let desc = describe(data);
    let mut svg = open(id, title, &desc, WIDTH, LINE_HEIGHT);
    let max = data.iter().map(|d| d.value).max().unwrap_or(0).max(1);
    let (left, right, top, bottom) = (PAD + 20, WIDTH - PAD, PAD / 2, LINE_HEIGHT - PAD);
    let _ = write!(
        svg,
        "<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"currentColor\"/>\
         <line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{bottom}\" stroke=\"currentColor\"/>\
         <text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\" font-size=\"12\" fill=\"currentColor\">{max}</text>\
         <text x=\"{lx}\" y=\"{bottom}\" text-anchor=\"end\" font-size=\"12\" fill=\"currentColor\">0</text>",
        lx = left - 4,
        ty = top + 10,
    );
    let n = u32::try_from(data.len()).unwrap_or(u32::MAX);
    let x = |i: u32| {
        if n <= 1 {
            (left + right) / 2
        } else {
            left + scale(u64::from(i), u64::from(n - 1), right - left)
        }
    };
    let y = |v: u64| bottom - scale(v, max, bottom - top);
    let points: Vec<String> = (0u32..)
        .zip(data)
        .map(|(i, d)| format!("{},{}", x(i), y(d.value)))
        .collect();
    if !points.is_empty() {
        let _ = write!(
            svg,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{BAR_COLOUR}\" stroke-width=\"2\"/>",
            points.join(" ")
        );
    }
    for (i, d) in (0u32..).zip(data) {
        let _ = write!(
            svg,
            "<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{BAR_COLOUR}\"><title>{}: {}</title></circle>",
            x(i),
            y(d.value),
            escape(&d.label),
            d.value
        );
    }
    if let (Some(first), Some(last)) = (data.first(), data.last()) {
        let ly = bottom + 18;
        let _ = write!(
            svg,
            "<text x=\"{left}\" y=\"{ly}\" font-size=\"12\" fill=\"currentColor\">{}</text>",
            escape(&first.label)
        );
        if data.len() > 1 {
            let _ = write!(
                svg,
                "<text x=\"{right}\" y=\"{ly}\" text-anchor=\"end\" font-size=\"12\" fill=\"currentColor\">{}</text>",
                escape(&last.label)
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

fn open(id: &str, title: &str, desc: &str, width: u32, height: u32) -> String {
    let id = escape(id);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(desc)
    )
}

/// The data in words, for those who cannot see the chart.
fn describe(data: &[Datum]) -> String {
    data.iter()
        .take(50)
        .map(|d| format!("{}: {}", d.label, d.value))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `value / max` of `span`, in whole units; max is never 0.
fn scale(value: u64, max: u64, span: u32) -> u32 {
    let scaled = u128::from(value.min(max)) * u128::from(span) / u128::from(max.max(1));
    u32::try_from(scaled).unwrap_or(span)
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

/// Text for HTML or XML content and attributes (control characters, not allowed in XML, dropped).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML 1.0 at all.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> Vec<Datum> {
        vec![
            Datum::new("West Africa", 12),
            Datum::new("Asia <& \"co\">", 6),
            Datum::new("Europe", 0),
        ]
    }

    #[test]
    fn bars_are_titled_described_and_scaled() {
        let svg = bar_chart("regions", "Registrations by region", &data());
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("role=\"img\" aria-labelledby=\"regions-title regions-desc\""));
        assert!(svg.contains("<title id=\"regions-title\">Registrations by region</title>"));
        assert!(svg.contains("<desc id=\"regions-desc\">West Africa: 12; Asia &lt;&amp; &quot;co&quot;&gt;: 6; Europe: 0</desc>"));
        assert!(svg.contains("<title>West Africa: 12</title>"));
        // The largest bar spans the whole width, half the value half of it, zero nothing.
        let span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        assert!(svg.contains(&format!("width=\"{span}\"")));
        assert!(svg.contains(&format!("width=\"{}\"", span / 2)));
        assert!(svg.contains("width=\"0\""));
        assert!(!svg.contains("style="), "the CSP forbids inline styles");
        assert!(!svg.contains("<&"), "text is escaped");
    }

    #[test]
    fn lines_run_from_first_to_last_label() {
        let days = vec![
            Datum::new("2026-03-01", 1),
            Datum::new("2026-03-02", 4),
            Datum::new("2026-03-03", 2),
        ];
        let svg = line_chart("days", "Registrations per day", &days);
        assert!(svg.contains("<polyline points=\"50,147 330,15 610,103\""));
        assert_eq!(svg.matches("<circle").count(), 3);
        assert!(svg.contains("<title>2026-03-02: 4</title>"));
        assert!(svg.contains(">2026-03-01</text>") && svg.contains(">2026-03-03</text>"));
    }

    #[test]
    fn empty_and_single_data_still_make_valid_charts() {
        for svg in [bar_chart("a", "Empty", &[]), line_chart("b", "Empty", &[])] {
            assert!(svg.ends_with("</svg>") && !svg.contains("NaN"));
        }
        let one = line_chart("c", "One", &[Datum::new("today", 3)]);
        assert!(one.contains("<circle cx=\"330\""));
        let long = bar_chart("d", "Long", &[Datum::new("x".repeat(100), 1)]);
        assert!(long.contains(&format!("{}…", "x".repeat(29))));
    }
}
