//! Event descriptions: Markdown rendered to HTML, then cleaned by an allow-list sanitiser, so
//! raw HTML, scripts and `javascript:` links never reach a page.

use pulldown_cmark::{Options, Parser, html};

pub fn render_markdown(source: &str) -> String {
    let mut unsafe_html = String::new();
    html::push_html(
        &mut unsafe_html,
        Parser::new_ext(
            source,
            Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
        ),
    );
    ammonia::Builder::default()
        .link_rel(Some("noopener noreferrer nofollow"))
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .clean(&unsafe_html)
        .to_string()
}

/// `render_markdown`, remembered per text: a description is rendered once, not on every view
/// of the event page. The cache is emptied when it grows past a few hundred texts.
pub fn render_markdown_cached(source: &str) -> std::sync::Arc<str> {
    use std::collections::HashMap;
    use std::hash::{Hash, Hasher};
    use std::sync::{Arc, LazyLock, Mutex};
    static CACHE: LazyLock<Mutex<HashMap<u64, Arc<str>>>> = LazyLock::new(Default::default);
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    source.hash(&mut hasher);
    let key = hasher.finish();
    if let Some(html) = CACHE.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return html.clone();
    }
    let html: Arc<str> = render_markdown(source).into();
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    if cache.len() >= 512 {
        cache.clear();
    }
    cache.insert(key, html.clone());
    html
}

#[cfg(test)]
mod tests {
    use super::render_markdown;

    #[test]
    fn renders_and_sanitises() {
        let html = render_markdown(
            "**bold** <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://example.org)",
        );
        assert!(html.contains("<strong>bold</strong>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("javascript:"));
        assert!(html.contains("href=\"https://example.org\""));
    }
}
