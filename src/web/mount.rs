//! `mount(element, options)`: renders the widget into an element, and the events it sends
//! to the host page.

// nanoserde's derive (MountOptions) writes `if let Some(t) = x { t } else { None }`.
#![allow(clippy::question_mark)]

use nanoserde::DeJson;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::{AppHandle, Callback};

use super::json::json_of;
use super::widget::{Widget, WidgetEvent, WidgetProps};
use crate::locale::Locale;
use crate::search::Kind;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options of mount() and handle.update(); the element's attributes, camel-cased. */
export interface MountOptions {
  /** URL of the catalogue JSON (required). */
  catalogue: string;
  /** Preset programme: id, or name or alias in English or Dutch. */
  programme?: string;
  /** Interface language; default "en". */
  lang?: "en" | "nl";
  /** Show only these kinds of results. */
  kinds?: ("institution" | "bip")[];
  /** Results per page (default 10). */
  pageSize?: number;
  /** Keep the criteria in the page URL (pm- parameters); default true. */
  urlState?: boolean;
  /** Tells instances on one page apart: URL parameters become pm-{id}-..., storage keys too. */
  id?: string;
}
"#;

/// The options of `mount` and `update`.
/// Read with nanoserde, like catalogues in the browser (no serde deserialiser in the download).
#[derive(Debug, Clone, Default, DeJson)]
struct MountOptions {
    #[nserde(default)]
    catalogue: String,
    programme: Option<String>,
    lang: Option<String>,
    kinds: Option<Vec<Kind>>,
    #[nserde(rename = "pageSize")]
    page_size: Option<usize>,
    #[nserde(rename = "urlState")]
    url_state: Option<bool>,
    id: Option<String>,
}

/// A mounted widget.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<Widget>>,
    on_event: Callback<WidgetEvent>,
}

/// Renders the widget into `element`. Events (`partner-matcher:*`) are dispatched on
/// `element`, bubbling and composed, so they reach the page through a shadow root.
#[wasm_bindgen]
pub fn mount(
    element: Element,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> Result<Handle, js_sys::Error> {
    let on_event = event_dispatcher(element.clone());
    let props = props_from(&options, on_event.clone())?;
    let app = yew::Renderer::<Widget>::with_root_and_props(element, props).render();
    Ok(Handle {
        app: Some(app),
        on_event,
    })
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options to the running widget (what the student typed is kept).
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
    ) -> Result<(), js_sys::Error> {
        let props = props_from(&options, self.on_event.clone())?;
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// Removes the widget and everything it listens to. Calling it twice is harmless.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn props_from(
    options: &JsValue,
    on_event: Callback<WidgetEvent>,
) -> Result<WidgetProps, js_sys::Error> {
    let o = MountOptions::deserialize_json(&json_of(options, "mount options")?).map_err(|e| {
        let reason = crate::catalogue::browser_reader::describe(&e.msg);
        js_sys::Error::new(&format!("mount options: {reason}"))
    })?;
    if o.catalogue.trim().is_empty() {
        return Err(js_sys::Error::new(
            "mount options: catalogue (the catalogue's URL) is required",
        ));
    }
    Ok(WidgetProps {
        catalogue_url: o.catalogue.into(),
        programme: o.programme.filter(|p| !p.trim().is_empty()).map(Into::into),
        locale: o
            .lang
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or_default(),
        kinds: o.kinds.filter(|k| !k.is_empty()),
        page_size: o.page_size.filter(|&n| n > 0).unwrap_or(10),
        url_state: o.url_state.unwrap_or(true),
        instance_id: o.id.filter(|id| !id.trim().is_empty()).map(Into::into),
        on_event,
    })
}

/// Turns widget events into DOM CustomEvents on `target`.
fn event_dispatcher(target: Element) -> Callback<WidgetEvent> {
    Callback::from(move |event: WidgetEvent| {
        let (name, detail) = super::event_detail::of(&event);
        let init = CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&detail);
        if let Ok(e) = CustomEvent::new_with_event_init_dict(name, &init) {
            let _ = target.dispatch_event(&e);
        }
    })
}
