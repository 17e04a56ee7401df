//! Reference data as form choices (checkboxes or options) in the page's language, with the
//! ones the person chose marked: the same lists on every capability's forms.

use crate::{Choice, Tr};
use kernel::ReferenceData;

/// Countries with their territories (Hong Kong after China), in reference order.
pub fn countries(tr: &Tr, r: &ReferenceData, chosen: &str) -> Vec<Choice> {
    let lang = tr.lang();
    let chosen = chosen.to_ascii_uppercase();
    // Nothing is chosen for the person: a form starts at "Choose a country".
    let mut out =
        vec![Choice { value: String::new(), label: tr.t("choose-country"), checked: chosen.is_empty() }];
    for c in &r.countries {
        out.push(Choice {
            value: c.code.to_string(),
            label: c.name.get(lang).into(),
            checked: c.code.as_str() == chosen,
        });
        for t in &c.territories {
            out.push(Choice {
                value: t.to_string(),
                label: tr.t_args("territory-of", &[("territory", t.as_str()), ("country", c.name.get(lang))]),
                checked: t.as_str() == chosen,
            });
        }
    }
    out
}

pub fn constituencies(r: &ReferenceData, lang: &str, chosen: &[String]) -> Vec<Choice> {
    r.constituencies
        .iter()
        .map(|c| Choice {
            value: c.code.clone(),
            label: c.name.get(lang).into(),
            checked: chosen.contains(&c.code),
        })
        .collect()
}

pub fn sdgs(r: &ReferenceData, lang: &str, chosen: &[String]) -> Vec<Choice> {
    r.sdgs
        .iter()
        .map(|g| Choice {
            value: g.number.to_string(),
            label: format!("{} · {}", g.number, g.short_title.get(lang)),
            checked: chosen.contains(&g.number.to_string()),
        })
        .collect()
}

pub fn sectors(r: &ReferenceData, lang: &str, chosen: &[String]) -> Vec<Choice> {
    r.sectors
        .iter()
        .map(|s| Choice {
            value: s.code.clone(),
            label: s.name.get(lang).into(),
            checked: chosen.contains(&s.code),
        })
        .collect()
}

pub fn dimensions(r: &ReferenceData, lang: &str, chosen: &[String]) -> Vec<Choice> {
    r.dimensions
        .iter()
        .map(|d| Choice {
            value: d.number.to_string(),
            label: d.name.get(lang).into(),
            checked: chosen.contains(&d.number.to_string()),
        })
        .collect()
}
