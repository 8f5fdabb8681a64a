//! `GET /api/v1/members`: the member directory, organisations with their contacts;
//! `?q=` narrows to names, countries and addresses, `?region=` to one region.

use axum::Json;
use axum::extract::{Query, State};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::db::member;
use crate::state::AppState;

use super::{ApiError, ApiUser};

#[derive(Debug, Default, Deserialize)]
pub struct MemberQuery {
    #[serde(default)]
    pub q: String,
    pub region: Option<String>,
}

pub async fn list_members(
    State(state): State<AppState>,
    _user: ApiUser,
    Query(query): Query<MemberQuery>,
) -> Result<Json<Value>, ApiError> {
    let found = member::search(&state.db, &query.q, query.region.as_deref()).await?;
    let items: Vec<Value> = found
        .into_iter()
        .map(|m| {
            json!({
                "id": m.organisation.id,
                "organization": m.organisation.name,
                "country": m.organisation.country,
                "region": m.organisation.region,
                "contacts": m.contacts.iter().map(|c| json!({
                    "id": c.id, "name": c.name, "email": c.email, "language": c.language,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Json(json!({ "items": items })))
}
