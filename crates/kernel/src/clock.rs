use chrono::{DateTime, Duration, Utc};
use std::sync::Mutex;

/// Where "now" comes from, so tests can move time (token expiry, rate-limit windows, retries).
pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> DateTime<Utc>;
}

#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until a test moves it, forward with `advance` or anywhere with
/// `set`. Share it by `Arc` between the app and the test that moves it: a test then decides
/// exactly when a link expires or a job finds work, and never waits for real time.
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Mutex::new(at))
    }

    pub fn advance(&self, by: Duration) {
        *self.0.lock().expect("clock lock") += by;
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().expect("clock lock") = at;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().expect("clock lock")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_clock_tells_the_time() {
        let before = Utc::now();
        let now = SystemClock.now();
        assert!(before <= now && now <= Utc::now());
    }

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let start = DateTime::parse_from_rfc3339("2026-01-31T12:00:00Z").unwrap().with_timezone(&Utc);
        let clock = std::sync::Arc::new(FixedClock::new(start));
        let app_side: std::sync::Arc<dyn Clock> = clock.clone();
        assert_eq!(app_side.now(), start);
        assert_eq!(app_side.now(), start, "standing still");
        clock.advance(Duration::days(400));
        assert_eq!(app_side.now(), start + Duration::days(400), "seen through the shared Arc");
        clock.set(start - Duration::hours(1));
        assert_eq!(app_side.now(), start - Duration::hours(1), "set may go back");
    }
}
