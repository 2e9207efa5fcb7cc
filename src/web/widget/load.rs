//! Fetching the catalogue, and saying exactly what went wrong when it fails.

use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestInit, RequestMode, Response};

use super::deferred::timeout;
use crate::catalogue::{BadRecords, Rejected};
use crate::i18n::{fill, ui, Text};
use crate::locale::Locale;
use crate::search::Matcher;

/// How long the server may stay silent: before it answers, and between two parts of the file.
/// A slow file that keeps arriving is never cut off.
pub const TIMEOUT_SECONDS: u32 = 20;

/// Why the catalogue could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// No answer at all: offline, no such server, blocked by the page's policy.
    Network {
        url: String,
        message: String,
    },
    /// The server (on another origin) answered but does not let this page read the file: it
    /// sends no `Access-Control-Allow-Origin` for it.
    Refused {
        url: String,
    },
    /// The answer began but broke off before its end.
    Interrupted {
        url: String,
        message: String,
    },
    /// Nothing arrived for [`TIMEOUT_SECONDS`].
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
    /// Well-formed JSON that is not a valid catalogue: the first error (by its place: the
    /// widget reads without positions, `load_bytes_by_place`) and the count.
    Invalid {
        place: String,
        message: String,
        errors: usize,
    },
}

impl LoadError {
    /// The `kind` of the `partner-matcher:error` event.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::Network { .. } | LoadError::Interrupted { .. } => "network",
            LoadError::Refused { .. } => "cors",
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
            LoadError::Refused { url } => say(ui::REFUSED, &[&origin(url)]),
            LoadError::Interrupted { url, .. } => say(ui::INTERRUPTED, &[url]),
            LoadError::Timeout { .. } => say(ui::TIMEOUT, &[&TIMEOUT_SECONDS.to_string()]),
            LoadError::Http { url, status } => say(ui::HTTP, &[&status.to_string(), url]),
            LoadError::NotJson { url } => say(ui::NOT_JSON, &[url]),
            LoadError::Syntax { line, column, .. } => {
                say(ui::SYNTAX, &[&line.to_string(), &column.to_string()])
            }
            LoadError::Invalid { place, errors, .. } => {
                let mut s = if place.is_empty() {
                    ui::NOT_CATALOGUE.get(locale).to_owned()
                } else {
                    say(ui::INVALID, &[place])
                };
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
            LoadError::Refused { url } => format!(
                "{url}: the server answered without Access-Control-Allow-Origin for this page (CORS)"
            ),
            LoadError::Interrupted { url, message } => {
                format!("{url}: the answer broke off: {message}")
            }
            LoadError::Timeout { url } => {
                format!("{url}: nothing arrived for {TIMEOUT_SECONDS} s")
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

/// Aborts a load when nothing arrives for a while: fed at the start and with every part of
/// the answer, so a slow file that keeps arriving completes.
struct Watchdog {
    controller: AbortController,
    silence_ms: u32,
    fired: Rc<Cell<bool>>,
    timer: Option<Timeout>,
}

impl Watchdog {
    fn feed(&mut self) {
        let (controller, fired) = (self.controller.clone(), self.fired.clone());
        // Replacing the timer cancels the previous one.
        self.timer = Some(timeout(
            self.silence_ms,
            Box::new(move || {
                fired.set(true);
                controller.abort();
            }),
        ));
    }
}

/// A catalogue file as it arrived.
pub struct Download {
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Fetches, parses, validates and indexes the catalogue at `url`: [`download`], then
/// [`parse`].
pub async fn fetch(
    url: &str,
    controller: Option<AbortController>,
    silence_ms: u32,
) -> Result<Matcher, LoadError> {
    let file = download(url, controller, silence_ms).await?;
    parse(url, &file.content_type, file.bytes)
}

/// Fetches the file at `url`. Aborting `controller` stops it; so does `silence_ms` without a
/// byte arriving (the widget gives [`TIMEOUT_SECONDS`]).
pub async fn download(
    url: &str,
    controller: Option<AbortController>,
    silence_ms: u32,
) -> Result<Download, LoadError> {
    let fired = Rc::new(Cell::new(false));
    let mut watchdog = controller.clone().map(|controller| Watchdog {
        controller,
        silence_ms,
        fired: fired.clone(),
        timer: None,
    });
    if let Some(w) = &mut watchdog {
        w.feed();
    }
    let signal = controller.as_ref().map(AbortController::signal);
    let timed_out = || LoadError::Timeout {
        url: url.to_owned(),
    };
    let response = match send(url, signal.as_ref(), false).await {
        Ok(response) => response,
        Err(_) if fired.get() => return Err(timed_out()),
        Err(error) => {
            // Did the server answer but refuse to share? See `refused`.
            let refused = cross_origin(url) && send(url, signal.as_ref(), true).await.is_ok();
            return Err(if fired.get() {
                timed_out()
            } else if refused {
                LoadError::Refused {
                    url: url.to_owned(),
                }
            } else {
                LoadError::Network {
                    url: url.to_owned(),
                    message: message_of(&error),
                }
            });
        }
    };
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default();
    let bytes = read_body(&response, watchdog.as_mut())
        .await
        .map_err(|error| {
            if fired.get() {
                timed_out()
            } else {
                LoadError::Interrupted {
                    url: url.to_owned(),
                    message: message_of(&error),
                }
            }
        })?;
    Ok(Download {
        content_type,
        bytes,
    })
}

/// `fetch(url)`, without credentials beyond the page's own origin; with `opaque`, in
/// `no-cors` mode (an answer JavaScript may not read).
async fn send(
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
    opaque: bool,
) -> Result<Response, JsValue> {
    let started = if opaque {
        None
    } else {
        prefetched(url, signal)
    };
    let answer = match started {
        Some(answer) => answer,
        None => {
            let init = RequestInit::new();
            init.set_signal(signal);
            if opaque {
                init.set_mode(RequestMode::NoCors);
            }
            gloo::utils::window().fetch_with_str_and_init(url, &init)
        }
    };
    JsFuture::from(answer).await?.dyn_into::<Response>()
}

/// The download of `url` the loader (assets/partner-matcher.js) started as the element
/// appeared, while the wasm was still loading: taken once; `signal` aborts it.
fn prefetched(url: &str, signal: Option<&web_sys::AbortSignal>) -> Option<js_sys::Promise> {
    let take = js_sys::Reflect::get(&js_sys::global(), &"__partnerMatcherPrefetch".into()).ok()?;
    let take: &js_sys::Function = take.dyn_ref()?;
    let signal = signal.map_or(JsValue::UNDEFINED, |s| s.into());
    take.call2(&JsValue::NULL, &url.into(), &signal)
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether `url` is on another origin than the page. Only then can a failed fetch be the
/// server's refusal to share (CORS): the browser does not tell scripts why a fetch failed, so
/// the widget asks again in `no-cors` mode, whose answer scripts may not read but which
/// arrives only if the server answered. An answer there means the server is up and did not
/// allow this page; no answer means it could not be reached.
fn cross_origin(url: &str) -> bool {
    let location = gloo::utils::window().location();
    let page = location.href().unwrap_or_default();
    let origin = location.origin().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page).is_ok_and(|u| u.origin() != origin)
}

/// The body, part by part, feeding the watchdog with each. The parts wait in JavaScript and
/// are copied once into a buffer of their exact size: growing the buffer as they came left up
/// to twice the file's size in the wasm memory, which never shrinks (issue 11).
async fn read_body(
    response: &Response,
    mut watchdog: Option<&mut Watchdog>,
) -> Result<Vec<u8>, JsValue> {
    let Some(body) = response.body() else {
        return Ok(Vec::new());
    };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut parts: Vec<Uint8Array> = Vec::new();
    let mut length = 0;
    loop {
        let part = JsFuture::from(reader.read()).await?;
        if js_sys::Reflect::get(&part, &"done".into())?.is_truthy() {
            break;
        }
        let chunk: Uint8Array = js_sys::Reflect::get(&part, &"value".into())?.unchecked_into();
        length += chunk.length() as usize;
        parts.push(chunk);
        if let Some(w) = watchdog.as_deref_mut() {
            w.feed();
        }
    }
    let mut bytes = vec![0; length];
    let mut start = 0;
    for chunk in parts {
        let end = start + chunk.length() as usize;
        if let Some(place) = bytes.get_mut(start..end) {
            chunk.copy_to(place);
        }
        start = end;
    }
    Ok(bytes)
}

/// What the browser said about a failure (`TypeError: Failed to fetch`).
fn message_of(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the request failed".to_owned())
}

/// The catalogue in `bytes`, or what is wrong with it. Records with errors are left out
/// (`Matcher::skipped` names them); only a file that cannot be read at all is an error.
/// The bytes go before the search index is built, which then reuses their memory (wasm
/// memory never shrinks: its size is the high-water mark; issue 11).
pub fn parse(url: &str, content_type: &str, bytes: Vec<u8>) -> Result<Matcher, LoadError> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let first = text.iter().find(|b| !b.is_ascii_whitespace());
    if content_type.contains("html") || !matches!(first, Some(b'{' | b'[')) {
        return Err(LoadError::NotJson {
            url: url.to_owned(),
        });
    }
    let checked = crate::catalogue::load_bytes_by_place(&bytes, BadRecords::LeaveOut);
    drop(bytes);
    checked
        .map(Matcher::from_checked)
        .map_err(|r| match r.first_error() {
            Some(p) if r.syntax => LoadError::Syntax {
                line: p.line.unwrap_or(1),
                column: p.column.unwrap_or(1),
                message: p.message.clone(),
            },
            _ => invalid(&r),
        })
}

/// `https://data.example.org`: the server a URL is on.
fn origin(url: &str) -> String {
    let page = gloo::utils::window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page).map_or_else(|_| url.to_owned(), |u| u.origin())
}

fn invalid(rejected: &Rejected) -> LoadError {
    let errors = rejected.errors().count();
    match rejected.first_error() {
        Some(p) => LoadError::Invalid {
            place: p.place.clone(),
            message: p.message.clone(),
            errors,
        },
        None => LoadError::Invalid {
            place: String::new(),
            message: rejected.to_string(),
            errors,
        },
    }
}
