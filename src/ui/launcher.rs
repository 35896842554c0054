//! The launcher's markup (`mode` `button` or `dialog`): a button, and a
//! modal dialog whose body the app mounts into. The build renders it
//! (`src/bin/prerender.rs`) and the loader paints and runs it (opening,
//! closing, focus), so the button shows at once and costs the Wasm
//! nothing; the Wasm renders the app into `.iop-dialog-body`.

use yew::prelude::*;

use super::Ids;
use crate::content::{chrome, Lang};

#[derive(Properties, PartialEq, Clone)]
pub struct LauncherProps {
    pub lang: Lang,
}

#[component]
pub fn Launcher(props: &LauncherProps) -> Html {
    let c = chrome(props.lang);
    // The loader makes ids unique per widget, as in the first view.
    let title = Ids::new(0).make(&["dialog-title"]);
    html! {
        <div class="iop-launcher" lang={props.lang.code()}>
            <button type="button" class="iop-launch" aria-haspopup="dialog">{ c.launch }</button>
            <dialog class="iop-dialog" aria-labelledby={title.clone()}>
                <div class="iop-frame">
                    <div class="iop-dialog-head">
                        <h2 class="iop-dialog-title" id={title} tabindex="-1">{ c.checker_title }</h2>
                        <button type="button" class="iop-dialog-close">{ c.close }</button>
                    </div>
                    <div class="iop-dialog-body"></div>
                </div>
            </dialog>
        </div>
    }
}
