//! The Yew widget students use. (Minimal first version: loads the catalogue, lists partners.)

use serde::Serialize;
use yew::prelude::*;

use crate::locale::Locale;
use crate::search::{Criteria, Kind, Matcher};

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub catalogue_url: AttrValue,
    pub programme: Option<AttrValue>,
    pub locale: Locale,
    pub kinds: Option<Vec<Kind>>,
    pub page_size: usize,
    pub url_state: bool,
    /// Set when several widgets share a page: prefixes URL parameters and storage keys.
    pub instance_id: Option<AttrValue>,
    pub on_event: Callback<WidgetEvent>,
}

/// What the widget tells the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum WidgetEvent {
    Ready(ReadyDetail),
    Error(ErrorDetail),
    Select(SelectDetail),
    Change(Criteria),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadyDetail {
    pub institutions: usize,
    pub bips: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorDetail {
    /// network, timeout, http, json, catalogue
    pub kind: &'static str,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SelectDetail {
    pub kind: Kind,
    pub id: String,
}

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let matcher = use_state(|| None::<std::rc::Rc<Matcher>>);
    {
        let matcher = matcher.clone();
        let url = props.catalogue_url.clone();
        let on_event = props.on_event.clone();
        use_effect_with(url.clone(), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = async {
                    let response = gloo::net::http::Request::get(&url)
                        .send()
                        .await
                        .map_err(|e| e.to_string())?;
                    let text = response.text().await.map_err(|e| e.to_string())?;
                    Matcher::from_json(&text).map_err(|e| e.to_string())
                }
                .await;
                match loaded {
                    Ok(m) => {
                        on_event.emit(WidgetEvent::Ready(ReadyDetail {
                            institutions: m.catalogue().institutions.len(),
                            bips: m.catalogue().bips.len(),
                        }));
                        matcher.set(Some(std::rc::Rc::new(m)));
                    }
                    Err(message) => on_event.emit(WidgetEvent::Error(ErrorDetail {
                        kind: "catalogue",
                        message,
                    })),
                }
            });
        });
    }
    match &*matcher {
        None => html! { <p role="status">{ "Loading…" }</p> },
        Some(m) => html! {
            <ul class="pm-results">
                { for m.catalogue().institutions.iter().map(|i| html! { <li>{ i.name.get(props.locale) }</li> }) }
            </ul>
        },
    }
}
