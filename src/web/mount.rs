//! `mount(element, options)`: renders the widget into an element, and the events it sends
//! to the host page.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::{AppHandle, AttrValue, Callback};

use super::crash;
use super::event_detail::dispatch;
use super::widget::{Widget, WidgetEvent, WidgetProps};
use crate::locale::Locale;
use crate::search::Kind;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** Options of mount() and handle.update(); the element's attributes, camel-cased. */
export interface MountOptions {
  /** URL of the catalogue JSON (required). */
  catalogue: string;
  /** URL of the place names and words table (places.txt, beside the wasm; the loader sets
   * it): fetched on the first typed query. Without it, only the catalogue's own words and
   * country names are known. */
  places?: string;
  /** URL of the map's outlines (outlines.txt, beside the wasm; the loader sets it): fetched
   * only when the map is first opened. Without it, the map shows its markers on a blank sea. */
  outlines?: string;
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
  /** The international office (an e-mail address or a web page), named when the catalogue
   * cannot be loaded; once it is, the catalogue's home.contact counts. */
  contact?: string;
}
"#;

/// A mounted widget.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<Widget>>,
    on_event: Callback<WidgetEvent>,
    /// Its id for crash isolation.
    id: u32,
}

/// After a crash the instance may be in any state: nothing runs in it any more.
fn refuse_after_crash() -> Result<(), js_sys::Error> {
    if crash::crashed() {
        return Err(js_sys::Error::new(
            "partner-matcher stopped after an internal error on this page; reload the page",
        ));
    }
    Ok(())
}

/// Renders the widget into `element`. Events (`partner-matcher:*`) are dispatched on
/// `element`, bubbling and composed, so they reach the page through a shadow root.
#[wasm_bindgen]
pub fn mount(
    element: Element,
    #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
) -> Result<Handle, js_sys::Error> {
    refuse_after_crash()?;
    let on_event = event_dispatcher(element.clone());
    // Options are checked before the widget is registered: a refusal leaves nothing behind.
    let mut props = props_from(&options, on_event.clone(), 0)?;
    let id = crash::register(&element, props.locale);
    props.mount_id = id;
    let app = yew::Renderer::<Widget>::with_root_and_props(element, props).render();
    Ok(Handle {
        app: Some(app),
        on_event,
        id,
    })
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options to the running widget (what the student typed is kept).
    pub fn update(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "MountOptions")] options: JsValue,
    ) -> Result<(), js_sys::Error> {
        refuse_after_crash()?;
        let props = props_from(&options, self.on_event.clone(), self.id)?;
        crash::relocale(self.id, props.locale);
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// Removes the widget and everything it listens to. Calling it twice is harmless.
    pub fn destroy(&mut self) {
        crash::unregister(self.id);
        if let Some(app) = self.app.take() {
            // After a crash, Yew's own state cannot be trusted: the app is left as it is.
            if !crash::crashed() {
                app.destroy();
            }
        }
    }
}

/// The widget's props from the options object (see `MountOptions` above), read property by
/// property; absent, `undefined` and `null` all mean "not set".
fn props_from(
    options: &JsValue,
    on_event: Callback<WidgetEvent>,
    mount_id: u32,
) -> Result<WidgetProps, js_sys::Error> {
    let bad = |name: &str, what: &str| {
        js_sys::Error::new(&format!("mount options: {name} must be {what}"))
    };
    let get = |name: &str| {
        Reflect::get(options, &JsValue::from_str(name))
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let text = |name: &str| {
        get(name)
            .map(|v| v.as_string().ok_or_else(|| bad(name, "a string")))
            .transpose()
    };
    // A text attribute that is blank is not set.
    let given = |name: &str| -> Result<Option<AttrValue>, js_sys::Error> {
        Ok(text(name)?.filter(|t| !t.trim().is_empty()).map(Into::into))
    };
    let Some(catalogue) = given("catalogue")? else {
        return Err(js_sys::Error::new(
            "mount options: catalogue (the catalogue's URL) is required",
        ));
    };
    let kinds = match get("kinds") {
        None => None,
        Some(list) => {
            let not_kinds = || bad("kinds", "a list of \"institution\" and \"bip\"");
            let list: Array = list.dyn_into().map_err(|_| not_kinds())?;
            let mut kinds = Vec::new();
            for k in list.iter() {
                kinds.push(
                    k.as_string()
                        .and_then(|k| Kind::parse(&k))
                        .ok_or_else(not_kinds)?,
                );
            }
            Some(kinds).filter(|k| !k.is_empty())
        }
    };
    let page_size = get("pageSize")
        .map(|n| {
            n.as_f64()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0)
                .map(|n| n as usize)
                .ok_or_else(|| bad("pageSize", "a whole number"))
        })
        .transpose()?;
    let url_state = get("urlState")
        .map(|b| b.as_bool().ok_or_else(|| bad("urlState", "true or false")))
        .transpose()?;
    Ok(WidgetProps {
        catalogue_url: catalogue,
        places_url: given("places")?,
        outlines_url: given("outlines")?,
        programme: given("programme")?,
        locale: text("lang")?
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or_default(),
        kinds,
        page_size: page_size.filter(|&n| n > 0).unwrap_or(10),
        url_state: url_state.unwrap_or(true),
        instance_id: given("id")?,
        contact: given("contact")?,
        on_event,
        mount_id,
    })
}

/// Turns widget events into DOM CustomEvents on `target`.
fn event_dispatcher(target: Element) -> Callback<WidgetEvent> {
    Callback::from(move |event: WidgetEvent| dispatch(&target, &event))
}
