//! Time zones people read times in. A person picks one in their account settings; until then
//! it follows the country of their role (a focal point in Jakarta reads Jakarta time), else
//! UTC. Times are stored in UTC; only what people read and type is local.

use chrono::{DateTime, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

/// The zones of the network's countries (ISO 3166-1 code, IANA zones: the capital's first).
const COUNTRY_ZONES: &[(&str, &[Tz])] = &[
    ("AF", &[Tz::Asia__Kabul]),
    ("BD", &[Tz::Asia__Dhaka]),
    ("CN", &[Tz::Asia__Shanghai]),
    ("ID", &[Tz::Asia__Jakarta, Tz::Asia__Makassar, Tz::Asia__Jayapura]),
    ("IN", &[Tz::Asia__Kolkata]),
    ("JP", &[Tz::Asia__Tokyo]),
    ("KH", &[Tz::Asia__Phnom_Penh]),
    ("KR", &[Tz::Asia__Seoul]),
    ("LA", &[Tz::Asia__Vientiane]),
    ("LK", &[Tz::Asia__Colombo]),
    ("MM", &[Tz::Asia__Yangon]),
    ("MY", &[Tz::Asia__Kuala_Lumpur]),
    ("NP", &[Tz::Asia__Kathmandu]),
    ("PH", &[Tz::Asia__Manila]),
    ("PK", &[Tz::Asia__Karachi]),
    ("SG", &[Tz::Asia__Singapore]),
    ("TH", &[Tz::Asia__Bangkok]),
    ("VN", &[Tz::Asia__Ho_Chi_Minh]),
];

/// The zones of a country, the capital's first (none for a country outside the network).
pub fn of_country(code: &str) -> &'static [Tz] {
    COUNTRY_ZONES.iter().find(|(c, _)| *c == code).map(|(_, zones)| *zones).unwrap_or(&[])
}

/// A zone a person may choose: UTC or one of the network's countries' zones, by IANA name.
pub fn parse(name: &str) -> Option<Tz> {
    let tz: Tz = name.parse().ok()?;
    (tz == Tz::UTC || COUNTRY_ZONES.iter().any(|(_, zones)| zones.contains(&tz))).then_some(tz)
}

/// The zone a person reads times in: their choice, else the first of `countries` (the
/// countries of their roles) the network has a zone for, else UTC.
pub fn for_person<'a>(chosen: Option<&str>, countries: impl IntoIterator<Item = &'a str>) -> Tz {
    chosen
        .and_then(parse)
        .or_else(|| countries.into_iter().find_map(|c| of_country(c).first().copied()))
        .unwrap_or(Tz::UTC)
}

/// The offset from UTC at `at` as people write it: "UTC", "UTC+7", "UTC+5:30", "UTC-3".
pub fn offset_label(tz: Tz, at: DateTime<Utc>) -> String {
    let seconds = tz.offset_from_utc_datetime(&at.naive_utc()).fix().local_minus_utc();
    if seconds == 0 {
        return "UTC".into();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let (hours, minutes) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
    match minutes {
        0 => format!("UTC{sign}{hours}"),
        _ => format!("UTC{sign}{hours}:{minutes:02}"),
    }
}

/// A wall-clock time typed in `tz` (a `datetime-local` field), as the moment it names. A time
/// a clock change skips does not exist; one it repeats takes the earlier moment.
pub fn from_local(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    tz.from_local_datetime(&local).earliest().map(|t| t.with_timezone(&Utc))
}

/// A moment as a `datetime-local` field's value in `tz`.
pub fn to_local_input(tz: Tz, at: DateTime<Utc>) -> String {
    at.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string()
}

/// Every zone a person may choose, in the order of the network's countries' codes: the IANA
/// name and the country it belongs to.
pub fn choices() -> impl Iterator<Item = (Tz, &'static str)> {
    COUNTRY_ZONES.iter().flat_map(|(country, zones)| zones.iter().map(move |z| (*z, *country)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap().and_utc()
    }

    #[test]
    fn every_network_country_has_a_zone() {
        for code in [
            "AF", "BD", "CN", "ID", "IN", "JP", "KH", "KR", "LA", "LK", "MM", "MY", "NP", "PH", "PK", "SG",
            "TH", "VN",
        ] {
            assert!(!of_country(code).is_empty(), "{code}");
        }
        assert!(of_country("FR").is_empty());
        assert_eq!(of_country("ID"), &[Tz::Asia__Jakarta, Tz::Asia__Makassar, Tz::Asia__Jayapura]);
    }

    #[test]
    fn only_utc_and_the_networks_zones_are_accepted() {
        assert_eq!(parse("Asia/Jakarta"), Some(Tz::Asia__Jakarta));
        assert_eq!(parse("UTC"), Some(Tz::UTC));
        assert_eq!(parse("Europe/Paris"), None);
        assert_eq!(parse("Mars/Olympus"), None);
        assert_eq!(parse(""), None);
    }

    #[test]
    fn a_choice_wins_over_the_country_which_wins_over_utc() {
        assert_eq!(for_person(Some("Asia/Tokyo"), ["ID"]), Tz::Asia__Tokyo);
        assert_eq!(for_person(Some("Europe/Paris"), ["ID"]), Tz::Asia__Jakarta);
        assert_eq!(for_person(None, ["FR", "PH"]), Tz::Asia__Manila);
        assert_eq!(for_person(None, []), Tz::UTC);
        assert_eq!(for_person(None, ["FR"]), Tz::UTC);
    }

    #[test]
    fn offsets_read_as_people_write_them() {
        let t = at(2026, 12, 1, 14, 30);
        assert_eq!(offset_label(Tz::UTC, t), "UTC");
        assert_eq!(offset_label(Tz::Asia__Jakarta, t), "UTC+7");
        assert_eq!(offset_label(Tz::Asia__Kolkata, t), "UTC+5:30");
        assert_eq!(offset_label(Tz::Asia__Kathmandu, t), "UTC+5:45");
        assert_eq!(offset_label(Tz::America__Sao_Paulo, t), "UTC-3");
        assert_eq!(offset_label(Tz::America__St_Johns, t), "UTC-3:30");
    }

    #[test]
    fn local_times_round_trip_through_the_zone() {
        let local = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(21, 30, 0).unwrap();
        let moment = from_local(Tz::Asia__Jakarta, local).unwrap();
        assert_eq!(moment, at(2026, 12, 1, 14, 30));
        assert_eq!(to_local_input(Tz::Asia__Jakarta, moment), "2026-12-01T21:30");
        assert_eq!(to_local_input(Tz::UTC, moment), "2026-12-01T14:30");
        // Skipped by a spring-forward clock change: no such moment.
        let skipped = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(from_local(Tz::Europe__Paris, skipped), None);
        // Repeated in autumn: the earlier of the two.
        let repeated = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(from_local(Tz::Europe__Paris, repeated), Some(at(2026, 10, 25, 0, 30)));
    }

    #[test]
    fn choices_list_every_zone_once() {
        let all: Vec<_> = choices().collect();
        assert_eq!(all.len(), 20);
        assert!(all.contains(&(Tz::Asia__Makassar, "ID")));
    }
}
