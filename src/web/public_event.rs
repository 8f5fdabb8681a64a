//! What the public pages read about an event (the event, its sessions, its after-event
//! settings), kept for a moment so that a busy event page is not three database reads a view.
//!
//! Every write of this process (a committed `state.write()`) makes all copies stale at once,
//! so a page never shows less than what this instance has written. Another instance's writes
//! (several `convene serve` on one PostgreSQL) show within [`FRESH_FOR`]. Decisions that must
//! be exact (seats, duplicates) are taken inside the write transaction, never from here.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::db::{event, followup, programme};
use crate::error::AppError;
use crate::state::AppState;

/// How long a copy serves without a write of this process in between.
const FRESH_FOR: Duration = Duration::from_secs(1);
/// Copies kept at most; beyond that the cache starts again (events are few, slugs are not:
/// a crawler asking for made-up slugs must not grow it).
const MOST_KEPT: usize = 512;

/// One published event with what its page shows beside it.
pub struct PublicEvent {
    pub ev: event::Model,
    pub sessions: Vec<programme::Session>,
    pub followup: followup::Model,
}

struct Copy {
    loaded: Instant,
    generation: u64,
    event: Arc<PublicEvent>,
}

/// The copies, and the count of this process's committed writes that dates them.
#[derive(Default)]
pub struct PublicEvents {
    generation: AtomicU64,
    copies: Mutex<HashMap<String, Copy>>,
}

impl PublicEvents {
    /// Called after every committed write: all copies are stale from now on.
    pub fn written(&self) {
        self.generation.fetch_add(1, Ordering::Release);
    }

    fn fresh(&self, slug: &str) -> Option<Arc<PublicEvent>> {
        let generation = self.generation.load(Ordering::Acquire);
        let copies = self.copies.lock().unwrap_or_else(|e| e.into_inner());
        copies
            .get(slug)
            .filter(|c| c.generation == generation && c.loaded.elapsed() < FRESH_FOR)
            .map(|c| c.event.clone())
    }

    fn keep(&self, slug: &str, generation: u64, event: Arc<PublicEvent>) {
        let mut copies = self.copies.lock().unwrap_or_else(|e| e.into_inner());
        if copies.len() >= MOST_KEPT {
            copies.clear();
        }
        copies.insert(
            slug.to_string(),
            Copy {
                loaded: Instant::now(),
                generation,
                event,
            },
        );
    }
}

/// The published (not draft) event with this slug, from a fresh copy or the database.
pub async fn published(state: &AppState, slug: &str) -> Result<Arc<PublicEvent>, AppError> {
    let cache = &state.public_events;
    if let Some(event) = cache.fresh(slug) {
        return Ok(event);
    }
    // Read the generation before the database: a write that lands while we read makes this
    // copy stale at once instead of letting it pass for fresh.
    let generation = cache.generation.load(Ordering::Acquire);
    let ev = event::find_public(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let sessions = programme::sessions_of(&state.db, ev.id).await?;
    let followup = followup::for_event(&state.db, ev.id).await?;
    let event = Arc::new(PublicEvent {
        ev,
        sessions,
        followup,
    });
    cache.keep(slug, generation, event.clone());
    Ok(event)
}
