//! Browser tests (wasm-bindgen-test in headless Chromium): the widget
//! mounted into a real placeholder, driven through its shadow root.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use iop_check::ui::renders;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{
    CustomEvent, Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement, ShadowRoot,
};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The stylesheet the loader hands to the Wasm.
fn use_styles() {
    let sheet = web_sys::CssStyleSheet::new().unwrap();
    sheet
        .replace_sync(include_str!("../src/ui/style.css"))
        .unwrap();
    iop_check::use_styles(sheet);
}

/// A placeholder with fallback content and the given attributes, mounted.
async fn mounted(attrs: &[(&str, &str)]) -> (Element, ShadowRoot) {
    use_styles();
    let el = document().create_element("div").unwrap();
    el.set_attribute("data-iop-widget", "").unwrap();
    el.set_attribute("data-iop-lang", "en").unwrap();
    for (k, v) in attrs {
        el.set_attribute(k, v).unwrap();
    }
    el.set_inner_html("<p class=\"fallback\">Call us at 404-555-0134.</p>");
    document().body().unwrap().append_child(&el).unwrap();
    assert!(iop_check::mount(&el, JsValue::UNDEFINED));
    yew::scheduler::flush().await;
    let root = el
        .shadow_root()
        .expect("mount attaches an open shadow root");
    (el, root)
}

fn find(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text(root: &ShadowRoot, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn question(root: &ShadowRoot) -> String {
    text(root, ".iop-question")
}

/// Click the answer whose label reads `label`, then Next.
async fn answer(root: &ShadowRoot, label: &str) {
    let options = root.query_selector_all(".iop-option").unwrap();
    let mut clicked = false;
    for i in 0..options.length() {
        let option: Element = options.item(i).unwrap().dyn_into().unwrap();
        if option.text_content().unwrap_or_default().trim() == label {
            let input: HtmlInputElement = option
                .query_selector("input")
                .unwrap()
                .unwrap()
                .dyn_into()
                .unwrap();
            input.click();
            clicked = true;
            break;
        }
    }
    assert!(
        clicked,
        "no answer labelled {label:?} on {:?}",
        question(root)
    );
    yew::scheduler::flush().await;
    if let Some(next) = find(root, "button[type=submit]") {
        next.dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn mounts_into_a_shadow_root_and_hides_the_fallback() {
    let (el, root) = mounted(&[]).await;
    assert!(el.has_attribute("data-iop-loaded"));
    assert_eq!(question(&root), "Who is this check for?");
    assert_eq!(text(&root, ".iop-progress"), "Part 1 of 4: Getting started");
    // The fallback is light DOM; with no <slot> it is no longer rendered.
    assert!(find(&root, "slot").is_none());
    let fallback: HtmlElement = el
        .query_selector(".fallback")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(fallback.offset_height(), 0, "fallback still rendered");
    // Styles come from an adopted sheet, not a <style> element.
    assert!(find(&root, "style").is_none());
    assert_eq!(root.adopted_style_sheets().length(), 1);
}

#[wasm_bindgen_test]
async fn never_mounts_twice() {
    let (el, _root) = mounted(&[]).await;
    assert!(!iop_check::mount(&el, JsValue::UNDEFINED));
    let before = iop_check::instances();
    iop_check::scan();
    assert_eq!(iop_check::instances(), before);
}

#[wasm_bindgen_test]
async fn danger_now_shows_the_emergency_panel_at_once() {
    let (_el, root) = mounted(&[]).await;
    answer(&root, "Me (18 or older)").await;
    assert!(question(&root).starts_with("Right now, are you in danger"));
    // Choosing "Yes" alone, without Next, replaces the flow.
    let yes: HtmlInputElement = root
        .query_selector(".iop-option input")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    yes.click();
    yew::scheduler::flush().await;
    assert!(
        find(&root, ".iop-question").is_none(),
        "the flow must be replaced"
    );
    let panel = text(&root, ".iop-emergency");
    assert!(panel.contains("911") && panel.contains("988"), "{panel}");
    assert!(find(&root, ".iop-emergency a[href='tel:911']").is_some());
    assert!(find(&root, ".iop-emergency a[href='tel:988']").is_some());
    assert!(find(&root, ".iop-emergency a[href^='sms:988']").is_some());
}

#[wasm_bindgen_test]
async fn spanish_emergency_says_press_2_and_ayuda() {
    let (_el, root) = mounted(&[("data-iop-lang", "es")]).await;
    answer(&root, "Para mí (18 años o más)").await;
    answer(&root, "Sí").await;
    let panel = text(&root, ".iop-emergency");
    assert!(panel.contains("oprima 2"), "{panel}");
    assert!(panel.contains("AYUDA"), "{panel}");
    assert!(find(&root, ".iop-emergency a[href*='body=AYUDA']").is_some());
}

#[wasm_bindgen_test]
async fn self_harm_keeps_988_for_the_rest_of_the_check() {
    let (_el, root) = mounted(&[]).await;
    answer(&root, "Me (18 or older)").await;
    answer(&root, "No").await;
    assert!(find(&root, ".iop-crisis-line").is_none());
    answer(&root, "Several days").await;
    assert!(
        find(&root, ".iop-crisis-line").is_some(),
        "988 line after self-harm answer"
    );
    // Still there on the next step, in the next part.
    assert_eq!(
        question(&root),
        "Little interest or pleasure in doing things"
    );
    assert_eq!(text(&root, ".iop-progress"), "Part 2 of 4: Mood and safety");
    assert!(find(&root, ".iop-crisis-line a[href='tel:988']").is_some());
}

#[wasm_bindgen_test]
async fn answering_for_someone_else_speaks_of_them() {
    let (_el, root) = mounted(&[]).await;
    answer(&root, "Someone I care about").await;
    answer(&root, "Yes, under 18").await;
    assert!(question(&root).starts_with("Right now, are they in danger"));
    answer(&root, "No").await;
    // The screener item under a stem that names the person it is about.
    assert_eq!(
        question(&root),
        "Thoughts that they would be better off dead or of hurting themselves in some way"
    );
    let stem = text(&root, ".iop-stem");
    assert!(stem.contains("the person you are helping"), "{stem}");
    assert!(!text(&root, ".iop-step").contains("yourself"));
}

#[wasm_bindgen_test]
async fn back_returns_with_the_choice_kept() {
    let (_el, root) = mounted(&[]).await;
    answer(&root, "Someone I care about").await;
    assert_eq!(question(&root), "Is the person under 18?");
    let back: HtmlElement = find(&root, ".iop-secondary").unwrap().dyn_into().unwrap();
    back.click();
    yew::scheduler::flush().await;
    assert_eq!(question(&root), "Who is this check for?");
    let checked = find(&root, "input:checked").expect("the earlier choice stays checked");
    let label = checked.parent_element().unwrap().text_content().unwrap();
    assert_eq!(label, "Someone I care about");
}

#[wasm_bindgen_test]
async fn next_without_a_choice_asks_for_one() {
    let (_el, root) = mounted(&[]).await;
    find(&root, "button[type=submit]")
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".iop-nudge"), "Choose an answer first.");
    assert_eq!(question(&root), "Who is this check for?");
}

#[wasm_bindgen_test]
async fn two_widgets_never_share_ids() {
    let (_a, ra) = mounted(&[]).await;
    let (_b, rb) = mounted(&[]).await;
    let ids = |root: &ShadowRoot| {
        let list = root.query_selector_all("[id]").unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap().id())
            .collect::<Vec<_>>()
    };
    let (a, b) = (ids(&ra), ids(&rb));
    assert!(!a.is_empty());
    assert!(a.iter().all(|id| !b.contains(id)), "{a:?} vs {b:?}");
}

fn click(root: &ShadowRoot, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

/// The `{ id, open }` of every `iop:faq-toggle` on `el` from now on.
fn faq_toggles(el: &Element) -> Rc<RefCell<Vec<(String, bool)>>> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let push = seen.clone();
    let listener = Closure::<dyn FnMut(CustomEvent)>::new(move |e: CustomEvent| {
        let detail = e.detail();
        let field = |k: &str| js_sys::Reflect::get(&detail, &JsValue::from_str(k)).unwrap();
        push.borrow_mut().push((
            field("id").as_string().unwrap(),
            field("open").as_bool().unwrap(),
        ));
    });
    el.add_event_listener_with_callback("iop:faq-toggle", listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    seen
}

/// The parts whose renders are counted (debug builds count them).
const PARTS: [&str; 6] = ["App", "Checker", "Share", "print_footer", "Faq", "FaqItem"];

fn render_counts() -> [u32; 6] {
    PARTS.map(renders::count)
}

/// Each part that rendered since `before`, with how many times.
fn rendered_since(before: [u32; 6]) -> Vec<(&'static str, u32)> {
    let now = render_counts();
    PARTS
        .iter()
        .zip(before.iter().zip(now.iter()))
        .filter(|(_, (b, n))| n > b)
        .map(|(name, (b, n))| (*name, n - b))
        .collect()
}

#[wasm_bindgen_test]
async fn faq_button_toggles_its_panel() {
    let (el, root) = mounted(&[("data-iop-view", "faq")]).await;
    let toggles = faq_toggles(&el);
    assert!(find(&root, ".iop-checker").is_none());
    let button: HtmlElement = find(&root, ".iop-faq-button").unwrap().dyn_into().unwrap();
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    let panel_id = button.get_attribute("aria-controls").unwrap();
    let panel = root
        .get_element_by_id(&panel_id)
        .expect("aria-controls names the panel");
    assert!(panel.has_attribute("hidden"));
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!panel.has_attribute("hidden"));
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(panel.has_attribute("hidden"));
    assert_eq!(
        *toggles.borrow(),
        [
            ("what-is-iop".to_string(), true),
            ("what-is-iop".to_string(), false)
        ]
    );
}

#[wasm_bindgen_test]
async fn renders_are_counted_in_debug_builds() {
    let before = renders::count("App");
    mounted(&[]).await;
    assert!(renders::count("App") > before);
    assert_eq!(renders::count("no such part"), 0);
}

#[wasm_bindgen_test]
async fn an_faq_toggle_re_renders_that_item_only() {
    let (_el, root) = mounted(&[]).await;
    let before = render_counts();
    click(&root, ".iop-faq-item:nth-of-type(2) .iop-faq-button");
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, ".iop-faq-item:nth-of-type(2) .iop-faq-button")
            .unwrap()
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("true")
    );
    // Not the app, the checker, the share button or the print footer.
    assert_eq!(rendered_since(before), [("Faq", 1), ("FaqItem", 1)]);
}

#[wasm_bindgen_test]
async fn a_checker_step_re_renders_the_checker_only() {
    let (_el, root) = mounted(&[]).await;
    let before = render_counts();
    answer(&root, "Me (18 or older)").await;
    assert!(question(&root).starts_with("Right now, are you in danger"));
    let rendered = rendered_since(before);
    assert_eq!(rendered.len(), 1, "{rendered:?}");
    assert_eq!(rendered[0].0, "Checker");
}

/// Wait one task (a `setTimeout` of 0), so the staged first render moves on.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn a_step_in_the_whole_widget_re_renders_the_checker_only() {
    // As a person meets it: every stage rendered (the print footer and
    // its QR code included), the share panel open, an FAQ item open.
    let (_el, root) = mounted(&[]).await;
    for _ in 0..20 {
        if find(&root, ".iop-print-only").is_some() {
            break;
        }
        next_task().await;
    }
    assert!(
        find(&root, ".iop-print-only").is_some(),
        "the print footer renders"
    );
    click(&root, ".iop-share > button");
    click(&root, ".iop-faq-item:nth-of-type(3) .iop-faq-button");
    yew::scheduler::flush().await;
    assert!(find(&root, ".iop-share-url").is_some());
    let before = render_counts();
    answer(&root, "Me (18 or older)").await;
    answer(&root, "No").await;
    next_task().await;
    assert!(question(&root).starts_with("Thoughts that you would be better off dead"));
    // A choice and a Next per answer, and nothing but the checker.
    assert_eq!(rendered_since(before), [("Checker", 4)]);
}

/// The link in the open share panel.
fn share_link(root: &ShadowRoot) -> String {
    find(root, ".iop-share-url")
        .expect("the share panel is open")
        .dyn_into::<HtmlTextAreaElement>()
        .unwrap()
        .value()
}

#[wasm_bindgen_test]
async fn the_share_link_opens_the_faq_item_opened_last() {
    let (_el, root) = mounted(&[("data-iop-faq-open", "how-long")]).await;
    click(&root, ".iop-share button");
    yew::scheduler::flush().await;
    assert!(
        share_link(&root).contains("&faq=how-long&"),
        "{}",
        share_link(&root)
    );
    // While the panel is open, a toggle updates its link.
    click(&root, ".iop-faq-item:nth-of-type(5) .iop-faq-button");
    yew::scheduler::flush().await;
    assert!(
        share_link(&root).contains("&faq=insurance&"),
        "{}",
        share_link(&root)
    );
    click(&root, ".iop-faq-item:nth-of-type(5) .iop-faq-button");
    click(&root, ".iop-faq-item:nth-of-type(2) .iop-faq-button");
    yew::scheduler::flush().await;
    assert!(!share_link(&root).contains("faq="), "{}", share_link(&root));
    // Closed, it does not render for a toggle, and reads the item as it opens.
    click(&root, ".iop-share button");
    yew::scheduler::flush().await;
    let before = render_counts();
    click(&root, ".iop-faq-item:nth-of-type(1) .iop-faq-button");
    yew::scheduler::flush().await;
    assert_eq!(rendered_since(before), [("Faq", 1), ("FaqItem", 1)]);
    click(&root, ".iop-share button");
    yew::scheduler::flush().await;
    assert!(
        share_link(&root).contains("&faq=what-is-iop&"),
        "{}",
        share_link(&root)
    );
}

#[wasm_bindgen_test]
async fn the_results_jump_opens_and_focuses_its_item_and_tells_the_page() {
    let (el, root) = mounted(&[]).await;
    for label in [
        "Me (18 or older)",
        "No",
        "Not at all",
        "Not at all",
        "Not at all",
        "Not at all",
        "Not at all",
        "Never",
        "Never",
        "Not at all",
        "No",
        "Yes",
        "Never had treatment",
        "Yes",
    ] {
        answer(&root, label).await;
    }
    assert_eq!(
        text(&root, ".iop-result-title"),
        "You may not need IOP right now"
    );
    let toggles = faq_toggles(&el);
    let before = render_counts();
    click(&root, ".iop-faq-jump");
    yew::scheduler::flush().await;
    let header = find(&root, ".iop-faq-item:nth-of-type(1) .iop-faq-button").unwrap();
    assert_eq!(header.text_content().as_deref(), Some("What is an IOP?"));
    assert_eq!(
        header.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(root.active_element().map(|e| e.id()), Some(header.id()));
    assert_eq!(*toggles.borrow(), [("what-is-iop".to_string(), true)]);
    assert_eq!(rendered_since(before), [("Faq", 1), ("FaqItem", 1)]);
    // A second jump keeps it open and brings the focus back to it.
    let elsewhere: HtmlElement = find(&root, ".iop-lang").unwrap().dyn_into().unwrap();
    elsewhere.focus().unwrap();
    click(&root, ".iop-faq-jump");
    yew::scheduler::flush().await;
    assert_eq!(
        header.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(root.active_element().map(|e| e.id()), Some(header.id()));
    assert_eq!(toggles.borrow().len(), 1, "nothing opened or closed");
}

#[wasm_bindgen_test]
async fn destroy_frees_the_instance_and_shows_the_fallback() {
    let (el, root) = mounted(&[]).await;
    let before = iop_check::instances();
    assert!(iop_check::destroy(&el));
    assert_eq!(iop_check::instances(), before - 1);
    assert!(find(&root, "slot").is_some());
    assert!(!el.has_attribute("data-iop-loaded"));
    // It can be mounted again.
    assert!(iop_check::mount(&el, JsValue::UNDEFINED));
}
