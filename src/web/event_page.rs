//! `GET /events/{slug}`: the event and its registration form (posted to `event_register`).

use std::collections::BTreeMap;

use std::borrow::Cow;

use askama::Template;
use axum::extract::{Path, State};

use crate::db::event;
use crate::domain::{EventStatus, Lang, QuestionKind, Translation};
use crate::error::{AppError, InLang, PageResult};
use crate::i18n::{Tr, format_range};
use crate::services::notify::calendar_links;
use crate::services::registration::{Closed, open_state};
use crate::state::AppState;

use super::fill_timer::started_token;
use super::form::RegistrationForm;
use super::options::{country_options, list_script, time_zone_options};
use super::pages::{Layout, render};
use super::visitor_zone::own_time;
use super::{PageCtx, render_markdown_cached};

/// A custom question as the form shows it.
pub struct QuestionView {
    pub id: String,
    pub kind: QuestionKind,
    pub label: String,
    pub required: bool,
    /// (value, label, selected)
    pub options: Vec<(String, String, bool)>,
    pub value: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "events/show.html")]
pub struct EventPage {
    pub(super) l: Layout,
    slug: String,
    title: String,
    /// The language the texts are really in, when it is not the page's: (code, native name).
    fallback_lang: Option<(&'static str, &'static str)>,
    cancelled: bool,
    /// The post came too soon after the page, or too late: send the form again.
    pub(super) check_again: bool,
    /// (field id, message) of each wrong field, in the form's order.
    error_summary: Vec<(String, String)>,
    list_script: &'static str,
    description_html: std::sync::Arc<str>,
    when: String,
    /// The time in the visitor's own zone, when known and not the event's.
    when_yours: Option<String>,
    /// Start, end (RFC 3339, UTC) and zone, for the script that shows the browser's own time.
    starts_utc: String,
    ends_utc: String,
    zone: String,
    place: String,
    venue: String,
    kind_key: String,
    seats_left: Option<i64>,
    /// A hybrid event's "in the room or online" radio buttons.
    modes: Vec<super::follow_fields::ModeChoice>,
    /// An event with interpretation: (code, name, preselected) of each listening language.
    listen_languages: Vec<(&'static str, &'static str, bool)>,
    interpretation: String,
    pub(super) closed_key: Option<&'static str>,
    form: RegistrationForm,
    errors: BTreeMap<String, String>,
    csrf_token: String,
    pub(super) started: String,
    country_options: Cow<'static, str>,
    languages: Vec<(&'static str, &'static str)>,
    questions: Vec<QuestionView>,
    time_zone_options: String,
    calendar_links: Vec<(String, String)>,
    /// The programme by day, filled by [`EventPage::complete`].
    programme: Vec<super::programme_view::ProgrammeDay>,
    sessions_error: Option<String>,
    delegates: Vec<super::programme_view::DelegateView>,
    delegates_error: Option<String>,
    series_next: Option<String>,
    /// The optional reporting fields the event asks (see `reporting_fields`).
    pub(super) reporting: Vec<super::reporting_fields::ReportingField>,
}

impl EventPage {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|key| self.l.tr.t(key))
    }
}

pub(super) async fn published(state: &AppState, slug: &str) -> Result<event::Model, AppError> {
    Ok(super::public_event::published(state, slug)
        .await?
        .ev
        .clone())
}

/// `?invitation=…`: the personal link of an invitation, which fills the form in.
#[derive(Debug, Default, serde::Deserialize)]
pub struct InvitationQuery {
    #[serde(default)]
    pub invitation: Option<String>,
}

pub async fn show_event(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    axum::extract::Query(query): axum::extract::Query<InvitationQuery>,
    ctx: PageCtx,
) -> PageResult {
    let public = super::public_event::published(&state, &slug).await?;
    let ev = &public.ev;
    let lang = ctx.lang(ev.default_language);
    // Emails are written in the interface's texts, so the page's language is always offered.
    let form = RegistrationForm {
        language: lang.code().into(),
        time_zone: ctx
            .visitor_zone()
            .map(|z| z.name().to_string())
            .unwrap_or_default(),
        ..Default::default()
    };
    let form = prefill(&state, ev, query.invitation.as_deref(), form)
        .await
        .in_lang(lang)?;
    let mut page = event_page(&state, &ctx, ev, lang, form, BTreeMap::new());
    page.complete(&state, ev).await;
    page.reporting =
        super::reporting_fields::fields(&public.followup, lang, &Default::default(), &[]);
    Ok(render(&page))
}

/// The form filled in with what the directory knows of an invitee, whose opening is noted.
async fn prefill(
    state: &AppState,
    ev: &event::Model,
    invitation: Option<&str>,
    form: RegistrationForm,
) -> Result<RegistrationForm, AppError> {
    use crate::services::invitations;
    let Some(value) = invitation else {
        return Ok(form);
    };
    let Some(inv) = invitations::from_link(state, ev, value).await? else {
        return Ok(form);
    };
    invitations::mark_opened(state, &inv).await?;
    Ok(RegistrationForm {
        name: inv.name,
        email: inv.email,
        organization: inv.organization,
        country: inv.country,
        language: inv.language.to_string(),
        ..form
    })
}

pub(super) fn event_page(
    state: &AppState,
    ctx: &PageCtx,
    ev: &event::Model,
    lang: Lang,
    form: RegistrationForm,
    errors: BTreeMap<String, String>,
) -> EventPage {
    let (text, text_lang) = text_for_reader(ev, &ctx.reading_order(lang));
    let now = state.now();
    let questions: Vec<QuestionView> = ev
        .questions
        .iter()
        .map(|q| {
            let value = form.answers.get(&q.id).cloned().unwrap_or_default();
            QuestionView {
                label: q.label_in(text_lang, ev.default_language).to_string(),
                options: q
                    .options
                    .iter()
                    .map(|o| {
                        (
                            o.value.clone(),
                            o.label_in(text_lang, ev.default_language).to_string(),
                            o.value == value,
                        )
                    })
                    .collect(),
                error: errors.get(&q.id).map(|k| Tr(lang).t(k)),
                id: q.id.clone(),
                kind: q.kind,
                required: q.required,
                value,
            }
        })
        .collect();
    // A hybrid event tells the seats left per mode, beside its radio buttons.
    let seats_left = ev
        .capacity
        .filter(|_| ev.kind != crate::domain::EventKind::Hybrid)
        .map(|c| i64::from(c - ev.seats_taken).max(0));
    let title = if text.title.trim().is_empty() {
        ev.slug.clone()
    } else {
        text.title.clone()
    };
    let mut l = Layout::new(
        lang,
        title.clone(),
        &state.settings.branding,
        &ctx.path,
        &Lang::ALL,
    );
    l.wide = true;
    l.description = summary(&text.description);
    l.meta = sharing_tags(state, ev, &title, &l.description, text_lang);
    EventPage {
        slug: ev.slug.clone(),
        title,
        fallback_lang: (text_lang != lang).then(|| (text_lang.code(), text_lang.native_name())),
        cancelled: ev.status == EventStatus::Cancelled,
        check_again: false,
        error_summary: error_summary(&l, &errors, &questions),
        list_script: list_script().path.as_str(),
        description_html: render_markdown_cached(&text.description),
        when: format_range(ev.starts_at, ev.ends_at, ev.tz(), lang),
        when_yours: own_time(ev.starts_at, ev.ends_at, ev.tz(), ctx.visitor_zone(), lang),
        starts_utc: ev.starts_at.to_rfc3339(),
        ends_utc: ev.ends_at.to_rfc3339(),
        zone: ev.timezone.to_string(),
        place: text.location,
        venue: ev.venue.clone().unwrap_or_default(),
        kind_key: format!("kind-{}", ev.kind),
        seats_left,
        modes: super::follow_fields::mode_choices(ev, &form, lang),
        listen_languages: super::follow_fields::listen_choices(ev, &form),
        interpretation: super::follow_fields::interpretation_line(ev),
        closed_key: open_state(ev, now).err().map(Closed::message_key),
        csrf_token: ctx.csrf_token(state),
        started: started_token(state),
        country_options: country_options(lang, &form.country),
        languages: Lang::ALL
            .iter()
            .map(|l| (l.code(), l.native_name()))
            .collect(),
        questions,
        time_zone_options: time_zone_options(ev.timezone.0.name(), &form.time_zone),
        calendar_links: calendar_links(state, ev, lang),
        programme: Vec::new(),
        sessions_error: None,
        delegates: Vec::new(),
        delegates_error: None,
        series_next: None,
        l,
        form,
        errors,
        reporting: Vec::new(),
    }
}

impl EventPage {
    /// Adds what needs the database: the programme, the delegate rows and their errors, and
    /// the next meeting of the series.
    pub(super) async fn complete(&mut self, state: &AppState, ev: &event::Model) {
        let lang = self.l.tr.0;
        self.programme = super::programme_view::load(state, ev, lang, &self.form).await;
        if self.errors.contains_key("sessions") {
            let known: Vec<&str> = self
                .programme
                .iter()
                .flat_map(|d| d.sessions.iter().map(|s| s.key.as_str()))
                .collect();
            let unknown = self
                .form
                .sessions
                .iter()
                .find(|k| !known.contains(&k.as_str()))
                .cloned()
                .unwrap_or_default();
            let message = self.l.tr.a1("error-sessions-unknown", "key", unknown);
            self.error_summary
                .push(("sessions".into(), message.clone()));
            self.sessions_error = Some(message);
        }
        self.delegates = super::programme_view::delegate_views(&self.form, &self.errors, lang);
        for d in &self.delegates {
            if let Some(e) = d.name_error.clone() {
                self.error_summary
                    .push((format!("delegate_name-{}", d.number), e));
            }
            if let Some(e) = d.email_error.clone() {
                self.error_summary
                    .push((format!("delegate_email-{}", d.number), e));
            }
        }
        if self.errors.contains_key("delegates") {
            let cap = i64::from(ev.delegates_per_organisation.unwrap_or(0));
            let message = self.l.tr.a1("error-delegates-too-many", "count", cap);
            self.error_summary
                .push(("delegation".into(), message.clone()));
            self.delegates_error = Some(message);
        }
        self.series_next = super::series::next_of(state, ev).await;
    }
}

/// The event's text in the first language of `order` it has, else as the event falls back.
pub(super) fn text_for_reader(ev: &event::Model, order: &[Lang]) -> (Translation, Lang) {
    let all = &ev.translations;
    order
        .iter()
        .find_map(|l| {
            all.get(l)
                .filter(|t| !t.title.trim().is_empty())
                .map(|t| (t.clone(), *l))
        })
        .unwrap_or_else(|| ev.text_in(order.first().copied().unwrap_or(Lang::En)))
}

/// The links of the error summary, in the form's order, each to its field.
fn error_summary(
    l: &Layout,
    errors: &BTreeMap<String, String>,
    questions: &[QuestionView],
) -> Vec<(String, String)> {
    let fields = [
        "name",
        "email",
        "organization",
        "country",
        "language",
        "attendance_mode",
        "interpretation_language",
    ];
    let mut summary: Vec<(String, String)> = fields
        .iter()
        .filter_map(|f| errors.get(*f).map(|key| (f.to_string(), l.tr.t(key))))
        .collect();
    summary.extend(
        questions
            .iter()
            .filter_map(|q| q.error.clone().map(|e| (format!("q-{}", q.id), e))),
    );
    if let Some(key) = errors.get("consent") {
        summary.push(("consent".into(), l.tr.t(key)));
    }
    summary
}

/// The description as one plain line of at most about 200 characters, for previews.
fn summary(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser};
    let mut text = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut line = String::new();
    for word in words {
        if line.chars().count() + word.chars().count() > 200 {
            line.push('…');
            break;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    line
}

/// Open Graph tags, so that a shared link shows the event rather than a bare address.
fn sharing_tags(
    state: &AppState,
    ev: &event::Model,
    title: &str,
    description: &str,
    text_lang: Lang,
) -> Vec<(&'static str, String)> {
    let base = state.settings.base_url();
    let mut tags = vec![
        ("og:type", "website".to_string()),
        ("og:title", title.to_string()),
        ("og:url", format!("{base}/events/{}", ev.slug)),
        ("og:site_name", state.settings.branding.site_name.clone()),
        ("og:locale", text_lang.code().to_string()),
        ("event:start_time", ev.starts_at.to_rfc3339()),
        ("event:end_time", ev.ends_at.to_rfc3339()),
    ];
    if !description.is_empty() {
        tags.push(("og:description", description.to_string()));
    }
    if !state.settings.branding.logo_path.is_empty() {
        tags.push(("og:image", format!("{base}/static/logo")));
    }
    tags
}
