//! An Erasmus+ estimate in words, a line per amount: "Erasmus+ estimate (amounts of
//! 2026/2027)", "Travel: €309, or €417 travelling green", "Grant: €450 a month, €2,250 for 5
//! months", "Travelling green: €50 more and up to 4 extra days".

use super::{fill, funding_label, ui, Text};
use crate::catalogue::GUIDE_YEAR;
use crate::estimate::{Amounts, Estimate};
use crate::locale::Locale;

/// The estimate's lines, the first saying where the amounts come from.
pub fn estimate_lines(estimate: &Estimate, locale: Locale) -> Vec<String> {
    let amounts = match estimate {
        Estimate::Other(funding) => {
            let text = Text::new(
                "Funded by {}, not Erasmus+: ask the international office what it covers",
                "Gefinancierd door {}, niet door Erasmus+: vraag de internationale dienst wat het dekt",
            );
            return vec![fill(
                text.get(locale),
                &[funding_label(*funding).get(locale)],
            )];
        }
        Estimate::Erasmus(amounts) => amounts,
    };
    let euros = |n: u32| {
        let mut s = String::from("€");
        s.push_str(&ui::number(u64::from(n), locale));
        s
    };
    let mut lines = vec![source(amounts, locale)];
    if let Some((standard, green)) = amounts.travel {
        let (label, label_green) = if amounts.travel_fewer_opportunities {
            (
                Text::new(
                    "Travel, with fewer opportunities: {}",
                    "Reis, met minder kansen: {}",
                ),
                Text::new(
                    "Travel, with fewer opportunities: {}, or {} travelling green",
                    "Reis, met minder kansen: {}, of {} bij groen reizen",
                ),
            )
        } else {
            (
                Text::new("Travel: {}", "Reis: {}"),
                Text::new(
                    "Travel: {}, or {} travelling green",
                    "Reis: {}, of {} bij groen reizen",
                ),
            )
        };
        lines.push(match green {
            Some(green) => fill(label_green.get(locale), &[&euros(standard), &euros(green)]),
            None => fill(label.get(locale), &[&euros(standard)]),
        });
    }
    if let Some(monthly) = amounts.monthly {
        let a_month = fill(
            Text::new("Grant: {} a month", "Beurs: {} per maand").get(locale),
            &[&euros(monthly)],
        );
        lines.push(match (amounts.total_grant(), amounts.months) {
            (Some(total), Some(months)) => {
                let text = Text::new("{}, {} for {} months", "{}, {} voor {} maanden");
                fill(
                    text.get(locale),
                    &[&a_month, &euros(total), &months.to_string()],
                )
            }
            _ => a_month,
        });
    }
    if let Some(top_up) = amounts.green_top_up {
        let text = match amounts.green_days {
            Some(_) => Text::new(
                "Travelling green: {} more and up to {} extra days",
                "Groen reizen: {} extra en tot {} extra dagen",
            ),
            None => Text::new("Travelling green: {} more", "Groen reizen: {} extra"),
        };
        let days = amounts
            .green_days
            .map(|d| d.to_string())
            .unwrap_or_default();
        lines.push(fill(text.get(locale), &[&euros(top_up), &days]));
    }
    lines
}

/// The estimate in a few words, for a result's card: what decides most, the monthly grant of a
/// semester, else the travel support: "Erasmus+ ≈ €540 a month", "Erasmus+ travel ≈ €309".
pub fn estimate_summary(estimate: &Estimate, locale: Locale) -> String {
    let amounts = match estimate {
        Estimate::Other(funding) => return funding_label(*funding).get(locale).to_owned(),
        Estimate::Erasmus(amounts) => amounts,
    };
    let (text, euros) = match (amounts.monthly, amounts.travel) {
        (Some(monthly), _) => (
            Text::new("Erasmus+ ≈ €{} a month", "Erasmus+ ≈ €{} per maand"),
            monthly,
        ),
        (None, Some((standard, _))) if !amounts.travel_fewer_opportunities => (
            Text::new("Erasmus+ travel ≈ €{}", "Erasmus+-reisbeurs ≈ €{}"),
            standard,
        ),
        _ => (Text::new("Erasmus+", "Erasmus+"), 0),
    };
    fill(text.get(locale), &[&ui::number(u64::from(euros), locale)])
}

/// "Erasmus+ estimate (amounts of 2026/2027)", or the built-in guide's year.
fn source(amounts: &Amounts, locale: Locale) -> String {
    match (&amounts.year, amounts.travel_from_guide) {
        (Some(year), false) => fill(
            Text::new(
                "Erasmus+ estimate (amounts of {})",
                "Erasmus+-raming (bedragen van {})",
            )
            .get(locale),
            &[year.as_str()],
        ),
        (Some(year), true) => fill(
            Text::new(
                "Erasmus+ estimate (amounts of {}; travel: Programme Guide {})",
                "Erasmus+-raming (bedragen van {}; reis: programmagids {})",
            )
            .get(locale),
            &[year.as_str(), &GUIDE_YEAR.to_string()],
        ),
        (None, _) => fill(
            Text::new(
                "Erasmus+ estimate (Programme Guide {})",
                "Erasmus+-raming (programmagids {})",
            )
            .get(locale),
            &[&GUIDE_YEAR.to_string()],
        ),
    }
}
