//! The member directory: importing the network's member list from CSV (all rows checked
//! first, then written in one transaction; importing twice changes nothing), and adding or
//! changing one organisation or contact from the admin pages.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::db::member::{contact, organisation};
use crate::domain::{CountryCode, EmailAddress, Lang, Region};
use crate::error::AppError;
use crate::state::AppState;

/// The columns of the import, as the contract names them.
pub const COLUMNS: [&str; 6] = [
    "organization",
    "country",
    "region",
    "contact_name",
    "email",
    "language",
];

/// One checked row: an organisation, and a contact unless the row names none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberRow {
    pub line: u64,
    pub organization: String,
    pub country: CountryCode,
    pub region: Region,
    pub contact: Option<(String, EmailAddress, Lang)>,
}

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub organisations_created: usize,
    pub organisations_updated: usize,
    pub contacts_created: usize,
    pub contacts_updated: usize,
    pub unchanged: usize,
}

/// Reads the CSV; every bad row gives one line `line N: …`, and any bad row refuses all.
pub fn parse_csv(text: &str) -> Result<Vec<MemberRow>, Vec<String>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.to_lowercase()).collect(),
        Err(e) => return Err(vec![format!("line 1: cannot read the header: {e}")]),
    };
    let position = |name: &str| headers.iter().position(|h| h == name);
    let missing: Vec<&str> = COLUMNS
        .iter()
        .copied()
        .filter(|c| position(c).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(vec![format!(
            "line 1: the header lacks the column(s) {}; expected {}",
            missing.join(", "),
            COLUMNS.join(", ")
        )]);
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(format!("line {line}: the CSV is malformed"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let get = |name: &str| {
            position(name)
                .and_then(|i| record.get(i))
                .unwrap_or_default()
                .to_string()
        };
        match check_row(line, &get) {
            Ok(row) => rows.push(row),
            Err(problem) => errors.push(format!("line {line}: {problem}")),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

fn check_row(line: u64, get: &dyn Fn(&str) -> String) -> Result<MemberRow, String> {
    let organization = get("organization");
    if organization.is_empty() || organization.chars().count() > 300 {
        return Err("organization is empty or longer than 300 characters".into());
    }
    let country = CountryCode::parse(&get("country")).ok_or_else(|| {
        format!(
            "country {:?} is not an ISO 3166-1 alpha-2 code",
            get("country")
        )
    })?;
    let region = match get("region").as_str() {
        "" => Region::of_country(country.as_str()),
        given => given.parse::<Region>().map_err(|_| {
            let known: Vec<&str> = Region::ALL.iter().map(|r| r.as_str()).collect();
            format!("region {given:?} is not one of {}", known.join(", "))
        })?,
    };
    let (name, email, language) = (get("contact_name"), get("email"), get("language"));
    let contact = if name.is_empty() && email.is_empty() {
        None
    } else {
        let address = EmailAddress::check(&email)
            .map_err(|_| format!("email {email:?} is not a valid address"))?;
        let lang = match language.as_str() {
            "" => Lang::En,
            code => code
                .parse::<Lang>()
                .map_err(|_| format!("language {code:?} is not one Convene speaks"))?,
        };
        if name.chars().count() > 200 {
            return Err("contact_name is longer than 200 characters".into());
        }
        Some((name, address, lang))
    };
    Ok(MemberRow {
        line,
        organization,
        country,
        region,
        contact,
    })
}

/// Writes checked rows in one transaction: an organisation is found by its name and a
/// contact by its address, so a second import of the same file changes nothing.
pub async fn import(state: &AppState, rows: &[MemberRow]) -> Result<Summary, AppError> {
    let now = state.now();
    let txn = state.write().await?;
    let mut summary = Summary::default();
    for row in rows {
        let (org, org_change) = upsert_organisation(
            &*txn,
            &row.organization,
            row.country.as_str(),
            row.region,
            now,
        )
        .await?;
        let contact_change = match &row.contact {
            Some((name, email, lang)) => {
                upsert_contact(&*txn, org.id, name, email, *lang, now).await?
            }
            None => Change::Unchanged,
        };
        match org_change {
            Change::Created => summary.organisations_created += 1,
            Change::Updated => summary.organisations_updated += 1,
            Change::Unchanged => {}
        }
        match contact_change {
            Change::Created => summary.contacts_created += 1,
            Change::Updated => summary.contacts_updated += 1,
            Change::Unchanged => {}
        }
        if org_change == Change::Unchanged && contact_change == Change::Unchanged {
            summary.unchanged += 1;
        }
    }
    txn.commit().await?;
    Ok(summary)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Created,
    Updated,
    Unchanged,
}

async fn upsert_organisation(
    db: &impl ConnectionTrait,
    name: &str,
    country: &str,
    region: Region,
    now: DateTime<Utc>,
) -> Result<(organisation::Model, Change), sea_orm::DbErr> {
    let key = name.to_lowercase();
    let found = organisation::Entity::find()
        .filter(organisation::Column::NameKey.eq(&key))
        .one(db)
        .await?;
    match found {
        Some(org)
            if org.country == country && org.region == region.as_str() && org.name == name =>
        {
            Ok((org, Change::Unchanged))
        }
        Some(org) => {
            let mut active: organisation::ActiveModel = org.into();
            active.name = Set(name.to_string());
            active.country = Set(country.to_string());
            active.region = Set(region.as_str().to_string());
            active.updated_at = Set(now);
            Ok((active.update(db).await?, Change::Updated))
        }
        None => {
            let org = organisation::ActiveModel {
                name: Set(name.to_string()),
                name_key: Set(key),
                country: Set(country.to_string()),
                region: Set(region.as_str().to_string()),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
            Ok((org, Change::Created))
        }
    }
}

async fn upsert_contact(
    db: &impl ConnectionTrait,
    organisation_id: i64,
    name: &str,
    email: &EmailAddress,
    lang: Lang,
    now: DateTime<Utc>,
) -> Result<Change, sea_orm::DbErr> {
    let found = contact::Entity::find()
        .filter(contact::Column::EmailKey.eq(email.key()))
        .one(db)
        .await?;
    match found {
        Some(c)
            if c.organisation_id == organisation_id
                && c.name == name
                && c.language == lang
                && c.email == email.as_str() =>
        {
            Ok(Change::Unchanged)
        }
        Some(c) => {
            let mut active: contact::ActiveModel = c.into();
            active.organisation_id = Set(organisation_id);
            active.name = Set(name.to_string());
            active.email = Set(email.as_str().to_string());
            active.language = Set(lang);
            active.updated_at = Set(now);
            active.update(db).await?;
            Ok(Change::Updated)
        }
        None => {
            contact::ActiveModel {
                organisation_id: Set(organisation_id),
                name: Set(name.to_string()),
                email: Set(email.as_str().to_string()),
                email_key: Set(email.key()),
                language: Set(lang),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
            Ok(Change::Created)
        }
    }
}

/// An organisation as the admin form gives it, with an optional new contact.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct MemberForm {
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub contact_name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub language: String,
}

/// Checks a form as the import checks a row; errors are (field, message) in English.
pub fn check_form(form: &MemberForm) -> Result<MemberRow, Vec<(String, String)>> {
    let get = |name: &str| -> String {
        match name {
            "organization" => form.organization.trim(),
            "country" => form.country.trim(),
            "region" => form.region.trim(),
            "contact_name" => form.contact_name.trim(),
            "email" => form.email.trim(),
            "language" => form.language.trim(),
            _ => "",
        }
        .to_string()
    };
    check_row(0, &get).map_err(|problem| {
        let field = COLUMNS
            .iter()
            .find(|c| problem.starts_with(*c))
            .copied()
            .unwrap_or("organization");
        vec![(field.to_string(), problem)]
    })
}

/// Saves one organisation (and its new contact) from the admin: `id` changes an existing one.
/// Renaming it to the name of another organisation is a `Conflict` naming the field.
pub async fn save(state: &AppState, id: Option<i64>, row: &MemberRow) -> Result<i64, AppError> {
    let now = state.now();
    let txn = state.write().await?;
    let org_id = match id {
        Some(id) => {
            let taken = organisation::Entity::find()
                .filter(organisation::Column::NameKey.eq(row.organization.to_lowercase()))
                .filter(organisation::Column::Id.ne(id))
                .one(&*txn)
                .await?
                .is_some();
            if taken {
                return Err(AppError::Conflict("organization".into()));
            }
            let org = organisation::Entity::find_by_id(id)
                .one(&*txn)
                .await?
                .ok_or(AppError::NotFound)?;
            let mut active: organisation::ActiveModel = org.into();
            active.name = Set(row.organization.clone());
            active.name_key = Set(row.organization.to_lowercase());
            active.country = Set(row.country.as_str().to_string());
            active.region = Set(row.region.as_str().to_string());
            active.updated_at = Set(now);
            active.update(&*txn).await?.id
        }
        None => {
            upsert_organisation(
                &*txn,
                &row.organization,
                row.country.as_str(),
                row.region,
                now,
            )
            .await?
            .0
            .id
        }
    };
    if let Some((name, email, lang)) = &row.contact {
        upsert_contact(&*txn, org_id, name, email, *lang, now).await?;
    }
    txn.commit().await?;
    Ok(org_id)
}
