//! A polite live region: tells screen-reader users what changed (loading, result counts,
//! errors), once things have settled rather than at every keystroke.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long a message must stay the same before it is announced.
const SETTLE_MS: u32 = 600;

#[derive(Properties, PartialEq)]
pub struct LiveProps {
    pub message: AttrValue,
}

#[function_component(Live)]
pub fn live(props: &LiveProps) -> Html {
    let shown = use_state_eq(AttrValue::default);
    {
        let shown = shown.clone();
        use_effect_with(props.message.clone(), move |message| {
            let message = message.clone();
            let timer = Timeout::new(SETTLE_MS, move || shown.set(message));
            move || drop(timer)
        });
    }
    html! {
        <div class="pm-sr pm-live" role="status" aria-live="polite" aria-atomic="true">
            { (*shown).clone() }
        </div>
    }
}
