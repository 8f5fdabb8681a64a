//! A visitor with cookies, as a browser would be, for driving the public forms over HTTP.

use super::helpers::TestApp;

pub struct Visitor<'a> {
    app: &'a TestApp,
    base: String,
    cookies: Vec<(String, String)>,
}

impl<'a> Visitor<'a> {
    pub fn new(app: &'a TestApp, base: &str) -> Visitor<'a> {
        Visitor {
            app,
            base: base.to_string(),
            cookies: Vec::new(),
        }
    }

    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, res: &reqwest::Response) {
        for value in res.headers().get_all(reqwest::header::SET_COOKIE) {
            let Ok(value) = value.to_str() else { continue };
            if let Some((k, v)) = value.split(';').next().and_then(|kv| kv.split_once('=')) {
                self.cookies.retain(|(name, _)| name != k);
                self.cookies.push((k.to_string(), v.to_string()));
            }
        }
    }

    /// The value of one of this visitor's cookies.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }

    pub async fn get(&mut self, path: &str) -> (u16, String) {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        };
        // A server killed mid-test gives no answer: status 0.
        let Ok(res) = self
            .app
            .client
            .get(url)
            .header("cookie", self.cookie_header())
            .send()
            .await
        else {
            return (0, String::new());
        };
        self.keep_cookies(&res);
        let status = res.status().as_u16();
        (status, res.text().await.unwrap_or_default())
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let url = if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        };
        let res = self
            .app
            .client
            .post(url)
            .header("cookie", self.cookie_header())
            .form(fields)
            .send()
            .await
            .expect("POST");
        self.keep_cookies(&res);
        res
    }

    /// A POST that may fail to get an answer (the server was killed): the status, if any.
    pub async fn try_post(&mut self, path: &str, fields: &[(&str, &str)]) -> Option<u16> {
        let url = format!("{}{path}", self.base);
        let res = self
            .app
            .client
            .post(url)
            .header("cookie", self.cookie_header())
            .form(fields)
            .send()
            .await
            .ok()?;
        Some(res.status().as_u16())
    }

    /// Opens the event page, then posts the form with its hidden fields and `fields`.
    pub async fn register(&mut self, slug: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        self.register_via(slug, slug, fields).await
    }

    /// Takes the form's hidden fields from `form_slug`'s page and posts to `slug`: for events
    /// whose page shows no form, as a script would.
    pub async fn register_via(
        &mut self,
        form_slug: &str,
        slug: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let (status, html) = self.get(&format!("/events/{form_slug}")).await;
        assert_eq!(status, 200, "event page");
        let csrf = hidden(&html, "csrf_token");
        let started = hidden(&html, "started");
        self.take_time_to_fill_in();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &csrf), ("started", &started)];
        all.extend_from_slice(fields);
        self.post(&format!("/events/{slug}/register"), &all).await
    }

    /// A person needs a few seconds for the form: the app's clock, which stands still in
    /// tests, moves past the fill timer. Other servers (child processes) keep their own clock
    /// and timer; moving the test app's clock for them would only set it apart from theirs.
    pub fn take_time_to_fill_in(&self) {
        if self.base != self.app.base {
            return;
        }
        let seconds = self.app.state.settings.min_fill_seconds;
        self.app
            .clock
            .advance(chrono::Duration::seconds(i64::from(seconds)));
    }

    /// Posts a form found on `page` (by its action) with its CSRF token.
    pub async fn submit(
        &mut self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let (_, html) = self.get(page).await;
        let csrf = hidden(&html, "csrf_token");
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", &csrf)];
        all.extend_from_slice(fields);
        self.post(action, &all).await
    }
}

/// The value of a hidden input in a page.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html
        .find(&marker)
        .map(|i| i + marker.len())
        .unwrap_or_else(|| panic!("no {name} in page"));
    html[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The usual valid registration fields.
pub fn person<'a>(name: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("organization", "ACV-CSC"),
        ("country", "BE"),
        ("language", "en"),
        ("consent", "yes"),
    ]
}
