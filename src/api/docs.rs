//! `/api/openapi.json` and `/api/docs`: the API's description, as data and as a page drawn
//! on the server from the same document (no scripts, nothing fetched from elsewhere).

use askama::Template;
use axum::Json;
use axum::extract::State;
use serde_json::Value;

use crate::domain::Lang;
use crate::error::PageResult;
use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::pages::{Layout, render};

use super::openapi::document;

pub async fn openapi_json(State(state): State<AppState>) -> Json<Value> {
    Json(document(state.settings.base_url()))
}

/// A schema shown in the page: a link to a named one, or the schema itself.
pub struct SchemaView {
    pub named: Option<String>,
    pub inline: String,
}

/// (status, description, schemas by content type)
pub type ResponseView = (String, String, Vec<(String, SchemaView)>);

pub struct OperationView {
    pub method: String,
    pub path: String,
    pub anchor: String,
    pub summary: String,
    pub description: String,
    /// (name, where, required, schema)
    pub parameters: Vec<(String, String, bool, SchemaView)>,
    /// (content type, schema)
    pub request: Vec<(String, SchemaView)>,
    pub responses: Vec<ResponseView>,
}

#[derive(Template)]
#[template(path = "api/docs.html")]
struct DocsPage {
    l: Layout,
    title: String,
    version: String,
    description: String,
    operations: Vec<OperationView>,
    /// (name, pretty JSON)
    schemas: Vec<(String, String)>,
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

fn schema_view(schema: &Value) -> SchemaView {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(target) => SchemaView {
            named: Some(target.rsplit('/').next().unwrap_or(target).to_string()),
            inline: String::new(),
        },
        None => SchemaView {
            named: None,
            inline: serde_json::to_string(schema).unwrap_or_default(),
        },
    }
}

fn content(value: &Value) -> Vec<(String, SchemaView)> {
    value
        .as_object()
        .map(|map| {
            map.iter()
                .map(|(kind, media)| (kind.clone(), schema_view(&media["schema"])))
                .collect()
        })
        .unwrap_or_default()
}

fn operations(doc: &Value) -> Vec<OperationView> {
    let mut out = Vec::new();
    let Some(paths) = doc["paths"].as_object() else {
        return out;
    };
    for (path, methods) in paths {
        let Some(methods) = methods.as_object() else {
            continue;
        };
        for (method, op) in methods {
            let parameters = op["parameters"]
                .as_array()
                .map(|list| {
                    list.iter()
                        .map(|p| {
                            (
                                text(&p["name"]),
                                text(&p["in"]),
                                p["required"].as_bool().unwrap_or(false),
                                schema_view(&p["schema"]),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut responses: Vec<_> = op["responses"]
                .as_object()
                .map(|map| {
                    map.iter()
                        .map(|(status, r)| {
                            (
                                status.clone(),
                                text(&r["description"]),
                                content(&r["content"]),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            responses.sort_by(|a, b| a.0.cmp(&b.0));
            out.push(OperationView {
                method: method.to_uppercase(),
                path: path.clone(),
                anchor: text(&op["operationId"]),
                summary: text(&op["summary"]),
                description: text(&op["description"]),
                parameters,
                request: content(&op["requestBody"]["content"]),
                responses,
            });
        }
    }
    out
}

pub async fn docs_page(State(state): State<AppState>, ctx: PageCtx) -> PageResult {
    let doc = document(state.settings.base_url());
    let lang = ctx.lang(Lang::En);
    let schemas = doc["components"]["schemas"]
        .as_object()
        .map(|map| {
            map.iter()
                .map(|(name, schema)| {
                    let pretty = serde_json::to_string_pretty(schema).unwrap_or_default();
                    (name.clone(), pretty)
                })
                .collect()
        })
        .unwrap_or_default();
    let title = text(&doc["info"]["title"]);
    Ok(render(&DocsPage {
        l: Layout::new(
            lang,
            title.clone(),
            &state.settings.branding,
            &ctx.path,
            &Lang::ALL,
        ),
        title,
        version: text(&doc["info"]["version"]),
        description: text(&doc["info"]["description"]),
        operations: operations(&doc),
        schemas,
    }))
}
