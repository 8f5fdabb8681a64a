//! All certificates of an event as one ZIP file, for organizers.

use std::io::Write;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use crate::db::{event, registration};
use crate::error::AppError;
use crate::state::AppState;

/// The ZIP of every attendee's certificate (one PDF each, named by registration id and name);
/// a conflict before the event ends (the event exists; its certificates do not yet).
pub async fn for_event(state: &AppState, ev: &event::Model) -> Result<Vec<u8>, AppError> {
    if ev.ends_at > state.now() {
        return Err(AppError::Conflict("the event has not ended yet".into()));
    }
    let attendees = registration::Entity::find()
        .filter(registration::Column::EventId.eq(ev.id))
        .filter(registration::Column::Attended.eq(true))
        .filter(registration::Column::AnonymisedAt.is_null())
        .order_by_asc(registration::Column::Id)
        .all(&state.db)
        .await?;
    let mut certificates = Vec::with_capacity(attendees.len());
    for reg in &attendees {
        let cert = super::for_registration(state, reg, ev).await?;
        certificates.push((file_name(reg), cert));
    }
    // Drawing hundreds of pages is CPU work: keep it off the async workers.
    let bytes = tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<u8>> {
        let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
        // PDF streams are compressed already; storing them saves the time of a second pass.
        let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
        for (name, cert) in &certificates {
            zip.start_file(name.as_str(), options)?;
            zip.write_all(&super::render(cert)?)?;
        }
        Ok(zip.finish()?.into_inner())
    })
    .await
    .map_err(anyhow::Error::from)??;
    Ok(bytes)
}

/// The unaccented letter of the accented Latin letters the network's languages use.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// `certificate-12-ada-lovelace.pdf`: ASCII letters and digits of the name, for any unzip tool.
fn file_name(reg: &registration::Model) -> String {
    let name: String = reg
        .name
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match fold_accent(c) {
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect();
    let name = name
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!("certificate-{}-{name}.pdf", reg.id)
}
