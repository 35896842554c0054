//! The result: the outcome in one sentence, why, what the care involves,
//! the next step, the crisis lines and "not a diagnosis" (INV-5).

use std::rc::Rc;
use yew::prelude::*;

use super::crisis::{same_day_message, samhsa_in_full};
use super::heading_tag;
use super::state::Action;
use crate::config::Config;
use crate::content::{chrome, crisis, faq, flag, medical, outcome, reason, FaqId, Lang, Voice};
use crate::engine::{Flag, MedicalNeed, Outcome, Verdict};

/// Everything the result needs; rendered by a plain function (no state).
pub struct ResultProps {
    pub lang: Lang,
    pub verdict: Verdict,
    pub config: Rc<Config>,
    pub voice: Voice,
    pub under_18: bool,
    pub heading_level: u8,
    pub focus_ref: NodeRef,
    pub dispatch: Callback<Action>,
    pub read_faq: Option<Callback<FaqId>>,
    pub faq_items: Vec<FaqId>,
}

/// FAQ items worth reading after each outcome, most useful first.
fn related_faq(o: Outcome) -> &'static [FaqId] {
    match o {
        Outcome::Iop => &[
            FaqId::WhatIsIop,
            FaqId::HowLong,
            FaqId::Insurance,
            FaqId::WorkOrSchool,
        ],
        Outcome::MoreSupportThanIop | Outcome::Outpatient => &[FaqId::Compare, FaqId::Insurance],
        Outcome::MedicalCareFirst => &[FaqId::Compare, FaqId::Crisis],
        Outcome::LearnMore => &[FaqId::WhatIsIop, FaqId::Compare],
        Outcome::EmergencyNow => &[FaqId::Crisis],
    }
}

/// Whether the partner offers the suggested level of care.
fn partner_offers(config: &Config, o: Outcome) -> bool {
    let p = config.programs;
    match o {
        Outcome::Iop => p.iop,
        Outcome::MoreSupportThanIop => p.php,
        Outcome::Outpatient => p.outpatient,
        Outcome::LearnMore => true,
        Outcome::MedicalCareFirst | Outcome::EmergencyNow => false,
    }
}

fn has_partner(config: &Config) -> bool {
    config.phone.is_some() || config.contact_url.is_some() || config.email.is_some()
}

/// Whether the next step lists SAMHSA (and FindTreatment.gov): no partner
/// is set, or the partner does not offer the suggested level of care.
fn samhsa_in_next_step(config: &Config, o: Outcome) -> bool {
    !(has_partner(config) && partner_offers(config, o))
}

/// The partner's contacts when set; SAMHSA and FindTreatment.gov when no
/// partner is set or the partner does not offer the suggested level.
/// `data-contact` names a partner's link for the loader's analytics.
fn next_step(lang: Lang, outcome: Outcome, voice: Voice, config: &Config) -> Html {
    let c = chrome(lang);
    let partner = has_partner(config);
    let mailto = config.email.as_ref().map(|e| {
        let mut s = String::from("mailto:");
        s.push_str(e);
        s
    });
    html! {
        <ul class="iop-next">
            if partner {
                if let Some(name) = &config.provider_name {
                    <li class="iop-strong">{ name.clone() }</li>
                }
                if let Some(phone) = &config.phone {
                    <li><a class="iop-call" data-contact="phone" href={{ let mut t = String::from("tel:"); t.push_str(&phone.tel); t }}>{ c.call }{ " " }<span class="iop-nowrap">{ phone.display.clone() }</span></a></li>
                }
                if let Some(sms) = &config.sms {
                    <li><a data-contact="text" href={{ let mut t = String::from("sms:"); t.push_str(&sms.tel); t }}>{ c.text }{ " " }<span class="iop-nowrap">{ sms.display.clone() }</span></a></li>
                }
                if let Some(href) = mailto {
                    <li><a data-contact="email" {href}>{ c.email }{ " " }{ config.email.clone().unwrap_or_default() }</a></li>
                }
                if let Some(url) = &config.contact_url {
                    <li><a data-contact="contact_page" href={url.clone()}>{ c.contact_page }</a></li>
                }
                if let Some(url) = &config.insurance_url {
                    <li><a href={url.clone()}>{ c.verify_insurance.get(voice) }</a></li>
                }
            }
            if samhsa_in_next_step(config, outcome) {
                <li>{ samhsa_in_full(lang) }</li>
                <li><a href="https://findtreatment.gov/" target="_blank" rel="noopener noreferrer">{ c.find_treatment }</a></li>
            }
        </ul>
    }
}

/// A section heading of the result, at the partner's level plus one.
fn heading(tag: &'static str, text: &'static str) -> Html {
    html! { <@{tag}>{ text }</@> }
}

pub fn result_view(props: &ResultProps) -> Html {
    let lang = props.lang;
    let c = chrome(lang);
    let v = &props.verdict;
    let voice = props.voice;
    let text = outcome(lang, v.outcome, props.under_18, voice);
    // The title is a heading at the widget's question level; the result's
    // sections sit one level below it.
    let sub = heading_tag(props.heading_level);
    let section = heading_tag(props.heading_level + 1);
    let reasons = v
        .reasons
        .iter()
        .map(|r| html! { <li>{ reason(lang, *r, voice) }</li> });
    let needs: Vec<Html> = v
        .medical
        .iter()
        .map(|n| html! { <li>{ medical(lang, *n, voice) }</li> })
        .collect();
    let notes: Vec<Html> = v
        .flags
        .iter()
        // The same-day message carries the crisis lines; a medical need
        // already says what opioid medicine does.
        .filter(|f| **f != Flag::CrisisLines)
        .filter(|f| {
            !(**f == Flag::OpioidMedication && v.medical.contains(&MedicalNeed::OpioidMedicine))
        })
        .map(|f| html! { <li>{ flag(lang, *f, voice) }</li> })
        .collect();
    let back = props.dispatch.reform(|_: MouseEvent| Action::Back);
    let restart = props.dispatch.reform(|_: MouseEvent| Action::StartOver);
    let print = {
        let summary = props.focus_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = summary.cast::<web_sys::Element>() {
                super::print::print_summary(&el);
            }
        })
    };
    // After any self-harm answer but "not at all", the result opens with
    // the same-day message, and its heading takes the focus (INV-2).
    let same_day = v.opens_with_same_day_message();
    let (same_day_ref, title_ref) = if same_day {
        (props.focus_ref.clone(), NodeRef::default())
    } else {
        (NodeRef::default(), props.focus_ref.clone())
    };
    html! {
        <div class="iop-result iop-printable">
            if same_day {
                { same_day_message(lang, voice, html! {
                    <@{sub} class="iop-same-day-title" tabindex="-1" ref={same_day_ref}>
                        { crisis(lang).same_day_title.get(voice) }
                    </@>
                }) }
            }
            <p class="iop-kicker">{ c.result_heading.get(voice) }</p>
            <@{sub} class="iop-result-title" tabindex="-1" ref={title_ref}>{ text.title }</@>
            <p>{ text.summary }</p>
            if voice == Voice::Observer {
                <p class="iop-hint iop-observer-note">{ c.observer_note }</p>
            }
            { heading(section, c.why) }
            <ul>{ for reasons }</ul>
            if text.involves.is_some() || !needs.is_empty() {
                { heading(section, c.what_it_involves) }
                if let Some(involves) = text.involves {
                    <p>{ involves }</p>
                }
                if !needs.is_empty() {
                    <ul>{ needs }</ul>
                }
            }
            if !notes.is_empty() {
                { heading(section, c.notes) }
                <ul>{ notes }</ul>
            }
            { heading(section, c.next_step) }
            { next_step(lang, v.outcome, voice, &props.config) }
            if let Some(read) = &props.read_faq {
                <@{section} class="iop-no-print">{ c.read_more_faq }</@>
                <ul class="iop-no-print iop-jumps">
                    { for related_faq(v.outcome).iter().filter(|id| props.faq_items.contains(id)).map(|id| {
                        let id = *id;
                        let onclick = read.reform(move |_: MouseEvent| id);
                        html! { <li><button type="button" class="iop-link-button iop-faq-jump" {onclick}>{ faq(lang, id).question }</button></li> }
                    }) }
                </ul>
            }
            <div class="iop-always">
                <p>{ crisis(lang).persistent.get(voice) }</p>
                // Once on the page: the next step already names it when
                // no partner offers this level of care.
                if !samhsa_in_next_step(&props.config, v.outcome) {
                    <p>{ samhsa_in_full(lang) }</p>
                }
                <p class="iop-strong">{ c.not_diagnosis.get(voice) }</p>
            </div>
            <div class="iop-nav iop-no-print">
                <button type="button" class="iop-primary" onclick={print}>{ c.print }</button>
                <button type="button" class="iop-secondary" onclick={back}>{ c.back }</button>
                <button type="button" class="iop-link-button" onclick={restart}>{ c.start_over }</button>
            </div>
        </div>
    }
}
