//! What EWP Institutions API responses (`institutions-response`, `hei` elements) and
//! Factsheet API responses (`factsheet-response`) say about partner institutions, by SCHAC
//! code: name, city, country, Erasmus code, website and contacts; nomination deadlines and
//! application requirements.

use std::collections::HashMap;
use std::sync::Arc;

use roxmltree::{Document, Node};

use super::xml::{child, children, english, text, text_of, Xml};
use crate::catalogue::{Contact, Deadlines, MonthDay};
use crate::import::cells::requirement_key;
use crate::import::merge::Merge;

/// A HEI as an Institutions API response describes it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Hei {
    pub name: Option<String>,
    pub city: Option<String>,
    pub country: Option<String>,
    pub erasmus_code: Option<String>,
    pub website: Option<String>,
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, Default)]
struct Factsheet {
    deadlines: Deadlines,
    requirements: Vec<String>,
    /// The file it came from, to name it when no institution has its SCHAC code.
    file: Arc<str>,
}

#[derive(Debug, Default)]
pub(crate) struct Directory {
    heis: HashMap<String, Hei>,
    factsheets: HashMap<String, Factsheet>,
}

impl Directory {
    pub fn hei(&self, schac: &str) -> Option<&Hei> {
        self.heis.get(&schac.to_lowercase())
    }

    pub fn read_institutions(&mut self, file: &Arc<str>, source: &str, problems: &mut Vec<String>) {
        let Ok(doc) = Document::parse(source) else {
            return; // `detect` parsed it already
        };
        let xml = Xml { file, doc: &doc };
        for hei in children(doc.root_element(), "hei") {
            let Some(id) = text_of(hei, "hei-id") else {
                problems.push(xml.problem(hei, "has no <hei-id>, the HEI's SCHAC code"));
                continue;
            };
            let address = child(hei, "street-address").or_else(|| child(hei, "mailing-address"));
            let erasmus = children(hei, "other-id")
                .find(|n| n.attribute("type") == Some("erasmus"))
                .and_then(text);
            let contacts = children(hei, "contact").filter_map(contact).collect();
            self.heis.insert(
                id.to_lowercase(),
                Hei {
                    name: english(children(hei, "name")).and_then(text),
                    city: address.and_then(|a| text_of(a, "locality")),
                    country: address.and_then(|a| text_of(a, "country")),
                    erasmus_code: erasmus,
                    website: english(children(hei, "website-url")).and_then(text),
                    contacts,
                },
            );
        }
    }

    pub fn read_factsheet(&mut self, file: &Arc<str>, source: &str, problems: &mut Vec<String>) {
        let Ok(doc) = Document::parse(source) else {
            return;
        };
        let xml = Xml { file, doc: &doc };
        for sheet in children(doc.root_element(), "factsheet") {
            let Some(id) = text_of(sheet, "hei-id") else {
                problems.push(xml.problem(sheet, "has no <hei-id>, the HEI's SCHAC code"));
                continue;
            };
            let nominations =
                child(sheet, "calendar").and_then(|c| child(c, "student-nominations"));
            let mut day = |term: &str| {
                let node = nominations.and_then(|n| child(n, term))?;
                let value = text(node)?;
                let day = MonthDay(value.clone());
                if day.problem().is_some() {
                    problems.push(xml.problem(
                        node,
                        format!("\"{value}\" is not a yearly date written --MM-DD"),
                    ));
                    return None;
                }
                Some(day)
            };
            let deadlines = Deadlines {
                autumn: day("autumn-term"),
                spring: day("spring-term"),
                full_year: None,
            };
            let requirements = children(sheet, "additional-requirement")
                .filter_map(|r| text_of(r, "name"))
                .map(|name| requirement_key(&name))
                .collect();
            self.factsheets.insert(
                id.to_lowercase(),
                Factsheet {
                    deadlines,
                    requirements,
                    file: file.clone(),
                },
            );
        }
    }

    /// Gives each institution with a factsheet its deadlines and requirements; returns a
    /// warning for each factsheet no institution has the SCHAC code of (its facts unused).
    pub fn fill_factsheets(&self, merge: &mut Merge) -> Vec<String> {
        let mut used: Vec<&str> = Vec::new();
        for at in 0..merge.catalogue.institutions.len() {
            let institution = &mut merge.catalogue.institutions[at];
            let Some((schac, sheet)) = institution
                .schac
                .as_deref()
                .and_then(|s| self.factsheets.get_key_value(&s.to_lowercase()))
            else {
                continue;
            };
            used.push(schac);
            // Only the terms the factsheet gives: a full-year deadline (no EWP element) and a
            // term it leaves out are kept.
            let deadlines = &mut institution.deadlines;
            if let Some(day) = &sheet.deadlines.autumn {
                deadlines.autumn = Some(day.clone());
            }
            if let Some(day) = &sheet.deadlines.spring {
                deadlines.spring = Some(day.clone());
            }
            if !sheet.requirements.is_empty() {
                institution.requirements = sheet.requirements.clone();
            }
            merge.touch(at);
        }
        let mut unused: Vec<(&String, &Factsheet)> = self
            .factsheets
            .iter()
            .filter(|(schac, _)| !used.contains(&schac.as_str()))
            .collect();
        crate::order::sort_by(&mut unused, |a, b| a.0.cmp(b.0));
        unused
            .into_iter()
            .map(|(schac, sheet)| {
                format!(
                    "{}: the factsheet of {schac} was not used: no institution of the catalogue \
                     has that SCHAC code; give its institution `\"schac\": \"{schac}\"`, or \
                     import the IIAs that name it in the same run",
                    sheet.file
                )
            })
            .collect()
    }
}

fn contact(node: Node) -> Option<Contact> {
    Some(Contact {
        name: english(children(node, "contact-name")).and_then(text)?,
        role: english(children(node, "role-description"))
            .and_then(text)
            .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" ")),
        email: text_of(node, "email"),
    })
}
