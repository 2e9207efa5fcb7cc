//! A counter: one button and a number, the smallest useful Yew component, mounted on an element
//! the page gives. A struct component, as the widget's root is (no hook machinery).
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

struct Counter(u32);

impl Component for Counter {
    type Message = ();
    type Properties = ();

    fn create(_: &Context<Self>) -> Self {
        Counter(0)
    }

    fn update(&mut self, _: &Context<Self>, _: ()) -> bool {
        self.0 += 1;
        true
    }

    fn view(&self, ctx: &Context<Self>) -> Html {
        html! { <button onclick={ctx.link().callback(|_| ())}>{ self.0 }</button> }
    }
}

#[wasm_bindgen]
pub fn mount(element: web_sys::Element) {
    yew::Renderer::<Counter>::with_root(element).render();
}
