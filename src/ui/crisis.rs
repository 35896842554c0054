//! Crisis lines: the emergency panel that replaces the check, and the 988
//! line that stays once self-harm thoughts are reported. Plain functions,
//! not components: they hold no state, and each component type costs the
//! bundle its own copy of Yew's lifecycle code.

use yew::prelude::*;

use crate::content::{crisis, Lang};

fn sms_988(lang: Lang) -> &'static str {
    // "AYUDA" reaches Spanish-speaking counselors.
    match lang {
        Lang::En => "sms:988",
        Lang::Es => "sms:988?&body=AYUDA",
    }
}

/// 911 and 988 first, as large links, then the chat and SAMHSA.
pub fn emergency_panel(lang: Lang, heading_level: u8) -> Html {
    let t = crisis(lang);
    html! {
        <section class="iop-emergency" aria-label={t.heading}>
            <@{super::heading_tag(heading_level)} class="iop-emergency-title">{ t.heading }</@>
            <p class="iop-strong">{ t.call_911 }</p>
            <p><a class="iop-call iop-call-911" href="tel:911">{ t.call_911_link }</a></p>
            <p>{ t.lifeline }</p>
            <p class="iop-actions">
                <a class="iop-call" href="tel:988">{ t.call_988 }</a>
                <a class="iop-call" href={sms_988(lang)}>{ t.text_988 }</a>
                <a class="iop-call" href={t.chat_url} target="_blank" rel="noopener noreferrer">{ t.chat_988 }</a>
            </p>
            <p><a href="tel:+18006624357">{ t.samhsa }</a></p>
        </section>
    }
}

/// The persistent 988 line (INV-2).
pub fn crisis_line(lang: Lang) -> Html {
    let t = crisis(lang);
    html! {
        <aside class="iop-crisis-line" aria-label="988">
            <p>{ t.persistent }</p>
            <p class="iop-actions">
                <a class="iop-call" href="tel:988">{ t.call_988 }</a>
                <a class="iop-call" href={sms_988(lang)}>{ t.text_988 }</a>
                <a class="iop-call" href={t.chat_url} target="_blank" rel="noopener noreferrer">{ t.chat_988 }</a>
            </p>
        </aside>
    }
}
