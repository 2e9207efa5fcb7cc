//! Fetching the catalogue, and saying exactly what went wrong when it fails.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use web_sys::AbortController;

use crate::catalogue::Rejected;
use crate::i18n::{fill, ui, Text};
use crate::locale::Locale;
use crate::search::Matcher;

/// How long the server may take to send the whole catalogue.
pub const TIMEOUT_SECONDS: u32 = 20;

/// Why the catalogue could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer at all: offline, refused, blocked (CORS), a revoked address.
    Network {
        url: String,
        message: String,
    },
    Timeout {
        url: String,
    },
    Http {
        url: String,
        status: u16,
    },
    /// An answer that is not JSON (an HTML error page, an empty file).
    NotJson {
        url: String,
    },
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed JSON that is not a valid catalogue: the first error and the count.
    Invalid {
        place: String,
        at: Option<(usize, usize)>,
        message: String,
        errors: usize,
    },
}

impl LoadError {
    /// The `kind` of the `partner-matcher:error` event.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::Network { .. } => "network",
            LoadError::Timeout { .. } => "timeout",
            LoadError::Http { .. } => "http",
            LoadError::NotJson { .. } | LoadError::Syntax { .. } => "json",
            LoadError::Invalid { .. } => "catalogue",
        }
    }

    /// What failed, in the interface language.
    pub fn describe(&self, locale: Locale) -> String {
        let say = |t: Text, args: &[&str]| fill(t.get(locale), args);
        match self {
            LoadError::Network { url, .. } => say(ui::NETWORK, &[url]),
            LoadError::Timeout { .. } => say(ui::TIMEOUT, &[&TIMEOUT_SECONDS.to_string()]),
            LoadError::Http { url, status } => say(ui::HTTP, &[&status.to_string(), url]),
            LoadError::NotJson { url } => say(ui::NOT_JSON, &[url]),
            LoadError::Syntax { line, column, .. } => {
                say(ui::SYNTAX, &[&line.to_string(), &column.to_string()])
            }
            LoadError::Invalid {
                place, at, errors, ..
            } => {
                let mut s = if place.is_empty() {
                    ui::NOT_CATALOGUE.get(locale).to_owned()
                } else {
                    say(ui::INVALID, &[place])
                };
                if let Some((line, column)) = at {
                    s.push(' ');
                    s.push_str(&say(ui::AT_LINE, &[&line.to_string(), &column.to_string()]));
                }
                if *errors > 1 {
                    s.push(' ');
                    s.push_str(&say(ui::ERRORS_IN_ALL, &[&ui::errors(*errors, locale)]));
                }
                s
            }
        }
    }

    /// The technical detail, in English as the browser and the checker give it.
    pub fn technical(&self) -> String {
        match self {
            LoadError::Network { url, message } => format!("{url}: {message}"),
            LoadError::Timeout { url } => {
                format!("{url}: no complete answer within {TIMEOUT_SECONDS} s")
            }
            LoadError::Http { url, status } => format!("{url}: HTTP {status}"),
            LoadError::NotJson { url } => format!("{url}: the answer is not JSON"),
            LoadError::Syntax {
                line,
                column,
                message,
            } => format!("{message} (line {line}, column {column})"),
            LoadError::Invalid { place, message, .. } if place.is_empty() => message.clone(),
            LoadError::Invalid { place, message, .. } => format!("{place}: {message}"),
        }
    }
}

/// Fetches, parses, validates and indexes the catalogue at `url`. Aborting `controller`
/// stops it; so does the timeout.
pub async fn fetch(url: &str, controller: Option<AbortController>) -> Result<Matcher, LoadError> {
    let timed_out = Rc::new(Cell::new(false));
    let _timer = controller.clone().map(|c| {
        let timed_out = timed_out.clone();
        Timeout::new(TIMEOUT_SECONDS * 1000, move || {
            timed_out.set(true);
            c.abort();
        })
    });
    let failed = |e: gloo::net::Error| {
        if timed_out.get() {
            LoadError::Timeout {
                url: url.to_owned(),
            }
        } else {
            LoadError::Network {
                url: url.to_owned(),
                message: e.to_string(),
            }
        }
    };
    let signal = controller.as_ref().map(AbortController::signal);
    let response = gloo::net::http::Request::get(url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(failed)?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    let text = response.text().await.map_err(failed)?;
    parse(url, &content_type, &text)
}

/// The catalogue in `text`, or what is wrong with it.
pub fn parse(url: &str, content_type: &str, text: &str) -> Result<Matcher, LoadError> {
    let looks_like_json = matches!(text.trim_start().bytes().next(), Some(b'{' | b'['));
    if content_type.contains("html") || !looks_like_json {
        return Err(LoadError::NotJson {
            url: url.to_owned(),
        });
    }
    Matcher::from_json(text).map_err(|r| match r.first_error() {
        Some(p) if r.syntax => LoadError::Syntax {
            line: p.line.unwrap_or(1),
            column: p.column.unwrap_or(1),
            message: p.message.clone(),
        },
        _ => invalid(&r),
    })
}

fn invalid(rejected: &Rejected) -> LoadError {
    let errors = rejected.errors().count();
    match rejected.first_error() {
        Some(p) => LoadError::Invalid {
            place: p.place.clone(),
            at: p.line.zip(p.column),
            message: p.message.clone(),
            errors,
        },
        None => LoadError::Invalid {
            place: String::new(),
            at: None,
            message: rejected.to_string(),
            errors,
        },
    }
}
