//! What many read and few change, kept in the process and checked against
//! a version the database keeps (bumped by every write to what it holds,
//! see migration m0027). The version comes with a row the request reads
//! anyway, so a write on any app server is seen by every other one on its
//! next request; what no version covers (time passing: an event that has
//! begun, an entry that expired) is read again after [`CACHE_TTL`] at most,
//! by the store's clock.

use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

/// How long a kept value is trusted whatever the version says.
pub const CACHE_TTL: chrono::TimeDelta = chrono::TimeDelta::seconds(60);

/// The most values kept; beyond, the cache starts over (bounded memory).
const KEPT: usize = 1024;

struct Entry<V> {
    version: i64,
    at: DateTime<Utc>,
    value: Arc<V>,
}

/// Values by key, each valid for one version and at most [`CACHE_TTL`].
pub struct Versioned<K, V> {
    entries: Mutex<HashMap<K, Entry<V>>>,
}

impl<K, V> Default for Versioned<K, V> {
    fn default() -> Self {
        Self { entries: Mutex::default() }
    }
}

impl<K: Eq + Hash, V> Versioned<K, V> {
    /// The value kept for `key`, if it was made at `version` within the
    /// last [`CACHE_TTL`] before `now`.
    pub fn get(&self, key: &K, version: i64, now: DateTime<Utc>) -> Option<Arc<V>> {
        let map = self.entries.lock().ok()?;
        map.get(key).filter(|e| e.version == version && e.at <= now && now - e.at < CACHE_TTL).map(|e| e.value.clone())
    }

    /// Keep `value`, made from what the database held at `version`.
    pub fn put(&self, key: K, version: i64, now: DateTime<Utc>, value: V) -> Arc<V> {
        let value = Arc::new(value);
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= KEPT {
                map.clear();
            }
            map.insert(key, Entry { version, at: now, value: value.clone() });
        }
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_holds_for_its_version_and_its_time() {
        let c: Versioned<u8, &str> = Versioned::default();
        let t = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        c.put(1, 7, t, "seven");
        assert_eq!(c.get(&1, 7, t).as_deref(), Some(&"seven"));
        assert_eq!(c.get(&1, 8, t), None, "a write bumped the version");
        assert_eq!(c.get(&2, 7, t), None);
        assert_eq!(c.get(&1, 7, t + CACHE_TTL), None, "too old");
        assert_eq!(c.get(&1, 7, t - chrono::TimeDelta::seconds(1)), None, "the clock went back");
    }
}
