//! Crisis lines: the emergency panel that replaces the check, the 988 line
//! that stays once self-harm thoughts are reported, and the same-day
//! message a result opens with. Plain functions, not components: they hold
//! no state, and each component type costs the bundle its own copy of
//! Yew's lifecycle code.

use yew::prelude::*;

use crate::content::{chrome, crisis, Lang, Voice, SAMHSA_PHONE, SAMHSA_TTY};

fn sms_988(lang: Lang) -> &'static str {
    // "AYUDA" reaches Spanish-speaking counselors.
    match lang {
        Lang::En => "sms:988",
        Lang::Es => "sms:988?&body=AYUDA",
    }
}

/// A label whose closing "(...)" stays on one line: "Llamar al 988
/// (oprima 2)" never leaves "2)" alone.
fn keep_aside_whole(label: &'static str) -> Html {
    match label.rfind(" (") {
        Some(i) if label.ends_with(')') => html! {
            <>{ &label[..=i] }<span class="iop-nowrap">{ &label[i + 1..] }</span></>
        },
        _ => html! { label },
    }
}

/// Call 988, text 988 and the chat, as large links.
fn lifeline_links(lang: Lang) -> Html {
    let t = crisis(lang);
    html! {
        <p class="iop-actions">
            <a class="iop-call" href="tel:988">{ keep_aside_whole(t.call_988) }</a>
            <a class="iop-call" href={sms_988(lang)}>{ t.text_988 }</a>
            <a class="iop-call" href={t.chat_url} target="_blank" rel="noopener noreferrer">{ t.chat_988 }</a>
        </p>
    }
}

/// The SAMHSA helpline in full: its name, voice line and TTY line, each
/// number kept whole on narrow screens.
pub fn samhsa_in_full(lang: Lang) -> Html {
    html! {
        <>
            <a href="tel:+18006624357">{ chrome(lang).samhsa_line }{ ": " }<span class="iop-nowrap">{ SAMHSA_PHONE }</span></a>
            { " (TTY " }<a href="tel:+18004874889" class="iop-nowrap">{ SAMHSA_TTY }</a>{ ")" }
        </>
    }
}

/// The emergency screen's one heading, then 911 and 988 first, as large
/// links, then SAMHSA in full.
pub fn emergency_panel(lang: Lang, voice: Voice, title: Html) -> Html {
    let t = crisis(lang);
    html! {
        <section class="iop-emergency">
            { title }
            <p class="iop-strong">{ t.call_911.get(voice) }</p>
            <p><a class="iop-call iop-call-911" href="tel:911">{ t.call_911_link }</a></p>
            <p>{ t.lifeline }</p>
            { lifeline_links(lang) }
            <p>{ samhsa_in_full(lang) }</p>
            <p class="iop-strong">{ chrome(lang).not_diagnosis.get(voice) }</p>
        </section>
    }
}

/// The persistent 988 line during the check (INV-2).
pub fn crisis_line(lang: Lang, voice: Voice) -> Html {
    let t = crisis(lang);
    html! {
        <aside class="iop-crisis-line" aria-label="988">
            <p>{ t.persistent.get(voice) }</p>
            { lifeline_links(lang) }
        </aside>
    }
}

/// The same-day message that opens a result after any self-harm answer but
/// "not at all" (INV-2): talk with someone today, and 911 if acting on the
/// thoughts is possible. `title` is its heading, which takes the focus.
pub fn same_day_message(lang: Lang, voice: Voice, title: Html) -> Html {
    let t = crisis(lang);
    html! {
        <aside class="iop-crisis-line iop-same-day" aria-label="988">
            { title }
            <p>{ t.same_day_body.get(voice) }</p>
            { lifeline_links(lang) }
            <p class="iop-strong">{ t.same_day_911.get(voice) }</p>
            <p><a class="iop-call iop-call-911" href="tel:911">{ t.call_911_link }</a></p>
        </aside>
    }
}
