//! A counter and a five-item accordion: the smallest widget that uses what
//! every Yew widget uses (function components, state, callbacks, lists).

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! { <button {onclick}>{ *count }</button> }
}

#[component]
fn Accordion() -> Html {
    let open = use_state(|| None::<usize>);
    html! {
        <div>
            { for (0..5).map(|i| {
                let toggle = {
                    let open = open.clone();
                    Callback::from(move |_: MouseEvent| open.set(if *open == Some(i) { None } else { Some(i) }))
                };
                html! {
                    <div key={i}>
                        <h3><button aria-expanded={(*open == Some(i)).to_string()} onclick={toggle}>{ "Question" }</button></h3>
                        <div hidden={*open != Some(i)}>{ "Answer" }</div>
                    </div>
                }
            }) }
        </div>
    }
}

#[component]
fn App() -> Html {
    html! { <><Counter /><Accordion /></> }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<App>::new().render();
}
