//! English text. Keep sentences short (reading grade 8 or lower, aim for 6).
//! Screener wording marked VALIDATED is published: do not edit it. Every
//! text a person answering for someone else can see has an observer form
//! ("they"), written beside the self-report form.

use super::faq::{Block, FaqId, FaqText};
use super::{Chrome, Crisis, OutcomeText, Question, Voice, Voiced, Wording};
use crate::engine::answers::*;
use crate::engine::{Answer, Flag, MedicalNeed, Outcome, Reason, Step};

pub const CHROME: Chrome = Chrome {
    checker_title: "Is IOP right for me?",
    checker_intro: "Answer 14 to 21 short questions to see if an intensive outpatient program (IOP) may fit. It takes about 5 minutes. Your answers stay on this device.",
    leaving_hospital_intro: "You are leaving the hospital or a live-in program. These 14 to 21 short questions help you see if IOP is a good next step. Your answers stay on this device.",
    start: "Start",
    part: "Part",
    of: "of",
    parts: ["Getting started", "Mood and safety", "Alcohol and drugs", "Daily life"],
    next: "Next",
    back: "Back",
    start_over: "Start over",
    choose_all: "Choose all that apply.",
    none_of_these: "None of these",
    pick_one_first: "Choose an answer first.",
    result_heading: Voiced {
        you: "Your result",
        they: "Result for the person you are helping",
    },
    why: "Why we suggest this",
    what_it_involves: "What this care looks like",
    notes: "Good to know",
    next_step: "Next step",
    call: "Call",
    text: "Text",
    email: "Email",
    contact_page: "Contact us online",
    verify_insurance: Voiced {
        you: "Check your insurance",
        they: "Check their insurance",
    },
    samhsa_line: "SAMHSA National Helpline: free, private, 24/7, in English and Spanish",
    find_treatment: "Find care near you at FindTreatment.gov",
    not_diagnosis: Voiced {
        you: "This is not a diagnosis. Only a trained provider can tell you what care you need.",
        they: "This is not a diagnosis. Only a trained provider can tell what care they need.",
    },
    observer_note: "This result is about the person you are helping. The screening questions were made for people to answer about themselves. Your answers about someone else give only a rough picture, so a provider should talk with them.",
    print: "Print or save this summary",
    back_to_check: "Go back to the questions",
    faq_title: "Questions about IOP",
    language_switch: "Español",
    language_name: "English",
    privacy: "Your answers are not saved or sent anywhere.",
    read_more_faq: "Read more about IOP",
    share: "Share this",
    copied: "Link copied",
    copy_link: "Copy link",
    share_link_label: "Link that opens this check from the start",
    qr_label: "QR code for this link",
    copy_failed: "Select the link and copy it.",
    referral_code: "Referral code",
    print_call: "To talk about care, call",
    results_for_teens: "Teens",
    launch: "Is IOP right for me? Take the self-check",
    close: "Close",
};

pub const CRISIS: Crisis = Crisis {
    call_911: Voiced {
        you: "Call 911 if you are in danger or having a medical emergency.",
        they: "Call 911 if they are in danger or having a medical emergency.",
    },
    call_911_link: "Call 911",
    lifeline: "988 Suicide & Crisis Lifeline: free, private, 24/7.",
    call_988: "Call 988",
    text_988: "Text 988",
    text_988_body: "",
    chat_988: "Chat at 988lifeline.org",
    chat_url: "https://988lifeline.org/chat/",
    persistent: Voiced {
        you: "You can talk to someone now. Call or text 988, any time.",
        they: "You can call or text 988 any time to get help for them. It is there for you too.",
    },
    same_day_title: Voiced {
        you: "Please talk with someone today",
        they: "Help them talk with someone today",
    },
    same_day_body: Voiced {
        you: "You said you have had thoughts of death or of hurting yourself, or chose not to say. That needs care today: call or text 988, chat at 988lifeline.org, or talk with a doctor or counselor.",
        they: "You said they have had thoughts of death or of hurting themselves, or you chose not to say. That needs care today: they, or you with them, can call or text 988, chat at 988lifeline.org, or talk with a doctor or counselor.",
    },
    same_day_911: Voiced {
        you: "If you might act on these thoughts, call 911 now.",
        they: "If they might act on these thoughts, call 911 now.",
    },
};

// The published stems. PHQ-9 item 9 and the PHQ-2 sit under the PHQ-9
// stem, the GAD-2 under the GAD-7 stem; a stem is never made singular.
const PHQ_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";
const GAD_STEM: &str =
    "Over the last 2 weeks, how often have you been bothered by the following problems?";
// Observer forms: the same stems about the other person.
const PHQ_STEM_THEY: &str = "Over the last 2 weeks, how often has the person you are helping been bothered by any of the following problems?";
const GAD_STEM_THEY: &str = "Over the last 2 weeks, how often has the person you are helping been bothered by the following problems?";
const ABOUT_THEM: &str =
    "This screening question is asked here about the person you are helping. Answer as best you can.";

pub fn question(step: Step, voice: Voice) -> Question {
    let observer = voice == Voice::Observer;
    let ours = |you: &'static str, they: &'static str, hint: Option<&'static str>| Question {
        stem: None,
        text: voice.pick(you, they),
        hint,
        wording: Wording::Ours,
    };
    // VALIDATED: a screener item, with its stem. Asked about someone else,
    // the item keeps its words under a stem that names the person.
    let screener =
        |stems: (&'static str, &'static str), you: &'static str, they: &'static str| Question {
            stem: Some(voice.pick(stems.0, stems.1)),
            text: voice.pick(you, they),
            hint: observer.then_some(ABOUT_THEM),
            wording: if observer {
                Wording::Observer
            } else {
                Wording::Published
            },
        };
    // VALIDATED: a screener question that has no stem.
    let item = |you: &'static str, they: &'static str| Question {
        stem: None,
        text: voice.pick(you, they),
        hint: observer.then_some(ABOUT_THEM),
        wording: if observer {
            Wording::Observer
        } else {
            Wording::Published
        },
    };
    // An item with no pronoun reads the same in both voices; its stem says
    // whom it is about.
    let unchanged = |stems, text| screener(stems, text, text);
    let phq = (PHQ_STEM, PHQ_STEM_THEY);
    let gad = (GAD_STEM, GAD_STEM_THEY);
    match step {
        Step::Who => ours("Who is this check for?", "Who is this check for?", None),
        Step::TheirAge => ours("Is the person under 18?", "Is the person under 18?", None),
        Step::DangerNow => ours(
            "Right now, are you in danger, thinking of ending your life, or having a medical emergency?",
            "Right now, are they in danger, thinking of ending their life, or having a medical emergency?",
            Some("A medical emergency can be an overdose, a seizure or chest pain."),
        ),
        Step::SelfHarm => screener(
            phq,
            "Thoughts that you would be better off dead or of hurting yourself in some way",
            "Thoughts that they would be better off dead or of hurting themselves in some way",
        ),
        Step::Phq2Interest => unchanged(phq, "Little interest or pleasure in doing things"),
        Step::Phq2Down => unchanged(phq, "Feeling down, depressed, or hopeless"),
        Step::Gad2Nervous => unchanged(gad, "Feeling nervous, anxious, or on edge"),
        Step::Gad2Worry => unchanged(gad, "Not being able to stop or control worrying"),
        Step::AuditFrequency => item(
            "How often do you have a drink containing alcohol?",
            "How often do they have a drink containing alcohol?",
        ),
        Step::AuditTypical => Question {
            hint: Some(voice.pick(
                "One drink is a 12 oz beer, a 5 oz glass of wine or a 1.5 oz shot of liquor.",
                "Asked here about the person you are helping. One drink is a 12 oz beer, a 5 oz glass of wine or a 1.5 oz shot of liquor.",
            )),
            ..item(
                "How many standard drinks containing alcohol do you have on a typical day?",
                "How many standard drinks containing alcohol do they have on a typical day?",
            )
        },
        Step::AuditHeavy => item(
            "How often do you have six or more drinks on one occasion?",
            "How often do they have six or more drinks on one occasion?",
        ),
        Step::AuditSex => ours(
            "What sex were you assigned at birth?",
            "What sex were they assigned at birth?",
            Some("We ask only to score the drinking questions the right way."),
        ),
        Step::DrugUse => item(
            "How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?",
            "How many times in the past year have they used an illegal drug or used a prescription medication for non-medical reasons?",
        ),
        Step::Substances => ours(
            "Which of these do you use on most days?",
            "Which of these do they use on most days?",
            None,
        ),
        Step::PastSevereWithdrawal => ours(
            "When you cut down before, did you ever have a seizure, the DTs, or see or hear things that were not there?",
            "When they cut down before, did they ever have a seizure, the DTs, or see or hear things that were not there?",
            None,
        ),
        Step::WithdrawalNow => ours(
            "When you go without, do you get shaky, sweaty, sick, a racing heart or very anxious?",
            "When they go without, do they get shaky, sweaty, sick, a racing heart or very anxious?",
            None,
        ),
        Step::Impact => ours(
            "How much do problems with mood, worry, alcohol or drugs get in the way of your work, school, home or relationships?",
            "How much do problems with mood, worry, alcohol or drugs get in the way of their work, school, home or relationships?",
            None,
        ),
        Step::Health => ours(
            "Do you have a health problem that is not under control, or are you pregnant?",
            "Do they have a health problem that is not under control, or are they pregnant?",
            None,
        ),
        Step::Home => ours(
            "Is where you live safe, and does it support your recovery?",
            "Is where they live safe, and does it support their recovery?",
            None,
        ),
        Step::Situation => ours("Which fits best?", "Which fits them best?", None),
        Step::Time => ours(
            "Could you give about 3 days a week, for a few hours each day, in person or by video?",
            "Could they give about 3 days a week, for a few hours each day, in person or by video?",
            None,
        ),
    }
}

fn frequency(f: Frequency) -> &'static str {
    // VALIDATED: PHQ-9 / GAD-7 answer wording.
    match f {
        Frequency::NotAtAll => "Not at all",
        Frequency::SeveralDays => "Several days",
        Frequency::MoreThanHalfTheDays => "More than half the days",
        Frequency::NearlyEveryDay => "Nearly every day",
    }
}

fn yes_no_unsure(a: YesNoUnsure) -> &'static str {
    match a {
        YesNoUnsure::Yes => "Yes",
        YesNoUnsure::No => "No",
        YesNoUnsure::NotSure => "Not sure",
    }
}

pub fn answer(a: Answer, voice: Voice) -> &'static str {
    match a {
        Answer::Who(Who::Me) => "Me (18 or older)",
        Answer::Who(Who::MeUnder18) => "Me (under 18)",
        Answer::Who(Who::SomeoneICareAbout) => "Someone I care about",
        Answer::Who(Who::Professional) => "I am a professional helping someone",
        Answer::TheirAge(TheirAge::Adult) => "No, 18 or older",
        Answer::TheirAge(TheirAge::Under18) => "Yes, under 18",
        Answer::DangerNow(YesNo::Yes) => "Yes",
        Answer::DangerNow(YesNo::No) => "No",
        Answer::SelfHarm(SelfHarm::NotAtAll) => "Not at all",
        Answer::SelfHarm(SelfHarm::SeveralDays) => "Several days",
        Answer::SelfHarm(SelfHarm::MoreThanHalfTheDays) => "More than half the days",
        Answer::SelfHarm(SelfHarm::NearlyEveryDay) => "Nearly every day",
        Answer::SelfHarm(SelfHarm::PreferNotToSay) => "I prefer not to say",
        Answer::Substances(s) => match s.iter().next() {
            Some(Substance::Alcohol) => "Alcohol",
            Some(Substance::Benzos) => "Benzos or sleeping pills",
            Some(Substance::Opioids) => {
                "Opioids (heroin, fentanyl, or pain pills not as prescribed)"
            }
            Some(Substance::OtherDrugs) => "Other drugs",
            None => "None of these",
        },
        Answer::PastSevereWithdrawal(a) | Answer::Health(a) => yes_no_unsure(a),
        Answer::WithdrawalNow(Withdrawal::No) => "No",
        Answer::WithdrawalNow(Withdrawal::ALittle) => "A little",
        Answer::WithdrawalNow(Withdrawal::ALot) => "A lot",
        // VALIDATED: AUDIT-C answer wording.
        Answer::AuditFrequency(DrinkFrequency::Never) => "Never",
        Answer::AuditFrequency(DrinkFrequency::MonthlyOrLess) => "Monthly or less",
        Answer::AuditFrequency(DrinkFrequency::TwoToFourTimesAMonth) => "2-4 times a month",
        Answer::AuditFrequency(DrinkFrequency::TwoToThreeTimesAWeek) => "2-3 times a week",
        Answer::AuditFrequency(DrinkFrequency::FourOrMoreTimesAWeek) => "4 or more times a week",
        Answer::AuditTypical(TypicalDrinks::OneOrTwo) => "1 or 2",
        Answer::AuditTypical(TypicalDrinks::ThreeOrFour) => "3 or 4",
        Answer::AuditTypical(TypicalDrinks::FiveOrSix) => "5 or 6",
        Answer::AuditTypical(TypicalDrinks::SevenToNine) => "7 to 9",
        Answer::AuditTypical(TypicalDrinks::TenOrMore) => "10 or more",
        Answer::AuditHeavy(HeavyDrinking::Never) => "Never",
        Answer::AuditHeavy(HeavyDrinking::LessThanMonthly) => "Less than monthly",
        Answer::AuditHeavy(HeavyDrinking::Monthly) => "Monthly",
        Answer::AuditHeavy(HeavyDrinking::Weekly) => "Weekly",
        Answer::AuditHeavy(HeavyDrinking::DailyOrAlmostDaily) => "Daily or almost daily",
        Answer::AuditSex(AuditSex::Male) => "Male",
        Answer::AuditSex(AuditSex::Female) => "Female",
        Answer::AuditSex(AuditSex::PreferNotToSay) => "I prefer not to say",
        Answer::DrugUse(DrugUseTimes::Never) => "Never",
        Answer::DrugUse(DrugUseTimes::OnceOrMore) => "1 time or more",
        Answer::Phq2Interest(f)
        | Answer::Phq2Down(f)
        | Answer::Gad2Nervous(f)
        | Answer::Gad2Worry(f) => frequency(f),
        Answer::Impact(Impact::NotAtAll) => "Not at all",
        Answer::Impact(Impact::Somewhat) => "Somewhat",
        Answer::Impact(Impact::ALot) => "A lot",
        Answer::Impact(Impact::CantManageDailyTasks) => voice.pick(
            "I can't manage daily tasks",
            "They can't manage daily tasks",
        ),
        Answer::Home(Home::Yes) => "Yes",
        Answer::Home(Home::Mostly) => "Mostly",
        Answer::Home(Home::No) => "No",
        Answer::Situation(Situation::SteppingDown) => {
            "Leaving the hospital, a live-in program or PHP"
        }
        Answer::Situation(Situation::WeeklyTherapyNotEnough) => "Weekly therapy was not enough",
        Answer::Situation(Situation::NeverHadTreatment) => "Never had treatment",
        Answer::Situation(Situation::NotSureWantTreatment) => {
            voice.pick("Not sure I want treatment", "Not sure they want treatment")
        }
        Answer::Time(TimeAvailable::Yes) => "Yes",
        Answer::Time(TimeAvailable::Maybe) => "Maybe",
        Answer::Time(TimeAvailable::No) => "No",
    }
}

pub fn outcome(outcome: Outcome, under_18: bool, voice: Voice) -> OutcomeText {
    let v = |you, they| voice.pick(you, they);
    match outcome {
        Outcome::EmergencyNow => OutcomeText {
            title: "Get help now",
            summary: v(
                "Do not wait. Call 911 now, or call or text 988 to talk to someone.",
                "Do not wait. Call 911 now, or call or text 988 to get help for them.",
            ),
            involves: None,
        },
        Outcome::MedicalCareFirst => OutcomeText {
            title: "Medical care comes first",
            summary: v(
                "It may not be safe to stop or cut down on your own. A doctor can help you do it safely, and IOP can be part of your care.",
                "It may not be safe for them to stop or cut down on their own. A doctor can help them do it safely, and IOP can be part of their care.",
            ),
            involves: None,
        },
        Outcome::MoreSupportThanIop => OutcomeText {
            title: v("You may need more support than IOP", "They may need more support than IOP"),
            summary: v(
                "A program with more hours each week may help more right now.",
                "A program with more hours each week may help them more right now.",
            ),
            involves: Some(v(
                "Partial hospital care (PHP) meets 20 or more hours a week, most weekdays, and you still sleep at home. A live-in program gives care day and night.",
                "Partial hospital care (PHP) meets 20 or more hours a week, most weekdays, and they still sleep at home. A live-in program gives care day and night.",
            )),
        },
        Outcome::Iop => OutcomeText {
            title: "IOP may be a good fit",
            summary: v(
                "An IOP gives strong support a few days a week while you live at home.",
                "An IOP gives strong support a few days a week while they live at home.",
            ),
            involves: Some(if under_18 {
                "For teens, IOP is 6 or more hours a week, often after school. It lasts about 8 to 12 weeks. It has group therapy, skills classes and one-on-one counseling. Family is often part of it."
            } else {
                "IOP is usually 9 to 19 hours a week. Most programs meet 3 to 5 days a week, for about 3 hours a day. It lasts about 8 to 12 weeks. It has group therapy, skills classes and one-on-one counseling. Many programs also meet by video."
            }),
        },
        Outcome::Outpatient => OutcomeText {
            title: "Outpatient care may be a good start",
            summary: v(
                "Your answers show some signs to talk about with a counselor. A counselor can do a full check and tell you if you need more care.",
                "Your answers show some signs to talk about with a counselor. A counselor can do a full check and tell if they need more care.",
            ),
            involves: Some(if under_18 {
                "For teens, outpatient care is less than 6 hours a week, often one visit a week with a counselor."
            } else {
                "Outpatient care is less than 9 hours a week, often one visit a week with a counselor."
            }),
        },
        Outcome::LearnMore => OutcomeText {
            title: v("You may not need IOP right now", "They may not need IOP right now"),
            summary: v(
                "Your answers do not show signs that you need IOP now. You can still talk to someone. If things change, take this check again or reach out.",
                "Your answers do not show signs that they need IOP now. They can still talk to someone. If things change, take this check again or reach out.",
            ),
            involves: None,
        },
    }
}

pub fn reason(reason: Reason, voice: Voice) -> &'static str {
    let v = |you, they| voice.pick(you, they);
    match reason {
        Reason::DangerNow => v(
            "You said you are in danger or having an emergency right now.",
            "You said they are in danger or having an emergency right now.",
        ),
        Reason::SelfHarmThoughts => v(
            "You have had thoughts of death or of hurting yourself, or chose not to say.",
            "They have had thoughts of death or of hurting themselves, or you chose not to say.",
        ),
        Reason::PastSevereWithdrawal(YesNoUnsure::NotSure) => v(
            "You are not sure if cutting down once caused a seizure, the DTs or seeing things.",
            "It is not known if cutting down once caused them a seizure, the DTs or seeing things.",
        ),
        Reason::PastSevereWithdrawal(_) => v(
            "Cutting down once caused a seizure, the DTs or seeing things.",
            "Cutting down once caused them a seizure, the DTs or seeing things.",
        ),
        Reason::StrongWithdrawalNow => v(
            "You get strong withdrawal signs when you go without.",
            "They get strong withdrawal signs when they go without.",
        ),
        Reason::BenzoWithdrawal => "Stopping benzos or sleeping pills all at once can cause seizures.",
        Reason::HealthProblemWithUse => "A health problem or pregnancy makes stopping riskier.",
        Reason::CantManageDailyTasks | Reason::ProblemsGetInTheWay(Impact::CantManageDailyTasks) => v(
            "It is hard to manage daily tasks right now.",
            "It is hard for them to manage daily tasks right now.",
        ),
        Reason::HomeNotSafe => "Home is not safe or does not support recovery.",
        Reason::WeeklyTherapyNotEnough => "Weekly therapy was not enough.",
        Reason::SteppingDown => v(
            "You are leaving a higher level of care. Support matters most in the first weeks after.",
            "They are leaving a higher level of care. Support matters most in the first weeks after.",
        ),
        Reason::DepressionScreen => v(
            "Your answers show signs of depression that a provider should check.",
            "Your answers about them show signs of depression that a provider should check.",
        ),
        Reason::AnxietyScreen => v(
            "Your answers show signs of anxiety that a provider should check.",
            "Your answers about them show signs of anxiety that a provider should check.",
        ),
        Reason::AlcoholScreen => v(
            "Your answers show signs of risky drinking that a provider should check.",
            "Your answers about them show signs of risky drinking that a provider should check.",
        ),
        Reason::DrugScreen => v(
            "You used a drug, or a medicine not as prescribed, in the past year. A provider should check this.",
            "They used a drug, or a medicine not as prescribed, in the past year. A provider should check this.",
        ),
        Reason::DailyUse => v(
            "You use alcohol or drugs on most days.",
            "They use alcohol or drugs on most days.",
        ),
        Reason::ProblemsGetInTheWay(Impact::NotAtAll) => {
            "Mood, worry, alcohol or drugs do not get in the way of daily life."
        }
        Reason::ProblemsGetInTheWay(Impact::Somewhat) => {
            "Mood, worry, alcohol or drugs get in the way of daily life somewhat."
        }
        Reason::ProblemsGetInTheWay(Impact::ALot) => {
            "Mood, worry, alcohol or drugs get in the way of daily life a lot."
        }
        Reason::NoStrongSigns => v(
            "None of your answers showed a sign to check.",
            "None of your answers about them showed a sign to check.",
        ),
    }
}

pub fn flag(flag: Flag, voice: Voice) -> &'static str {
    let v = |you, they| voice.pick(you, they);
    match flag {
        Flag::CrisisLines => v(
            "You can call or text 988 any time, day or night. It is free and private.",
            "You or they can call or text 988 any time, day or night. It is free and private.",
        ),
        Flag::OpioidMedication => "Medicine such as buprenorphine or methadone treats opioid use. It can start before IOP and go on during it. Ask about it.",
        Flag::Naloxone => v(
            "Keep naloxone (Narcan) at hand, and show people close to you how to use it. After a break from opioids, the body can take less, so the risk of overdose goes up.",
            "Keep naloxone (Narcan) at hand, and learn how to use it. After a break from opioids, the body can take less, so the risk of overdose goes up.",
        ),
        Flag::AdolescentHours => "Teen programs use teen hours and often meet after school.",
        Flag::ScheduleNote => "Many programs meet in the evening or by video, so they can fit around work or school.",
        Flag::ReadinessEncouragement => v(
            "It is OK to feel unsure. Talking to someone does not mean you have to start. It can help you decide.",
            "It is OK for them to feel unsure. Talking to someone does not mean they have to start. It can help them decide.",
        ),
    }
}

pub fn medical(need: MedicalNeed, voice: Voice) -> &'static str {
    let v = |you, they| voice.pick(you, they);
    match need {
        MedicalNeed::SupervisedWithdrawal => v(
            "Stopping alcohol, benzos or sleeping pills all at once can cause seizures and can kill. A doctor or a medical withdrawal program can help you stop safely. IOP can follow or go along with it.",
            "Stopping alcohol, benzos or sleeping pills all at once can cause seizures and can kill. A doctor or a medical withdrawal program can help them stop safely. IOP can follow or go along with it.",
        ),
        MedicalNeed::OpioidMedicine => v(
            "For opioids, see a doctor who can start medicine such as buprenorphine or methadone. You can keep taking it while you are in IOP.",
            "For opioids, they should see a doctor who can start medicine such as buprenorphine or methadone. They can keep taking it while they are in IOP.",
        ),
        MedicalNeed::StopSafely => v(
            "A doctor can help you stop or cut down safely. IOP can follow or go along with it.",
            "A doctor can help them stop or cut down safely. IOP can follow or go along with it.",
        ),
        MedicalNeed::HealthOrPregnancy => v(
            "With a health problem or pregnancy, alcohol and drugs carry more risk. See a doctor soon, before you stop or cut down. If you are pregnant, get prenatal care.",
            "With a health problem or pregnancy, alcohol and drugs carry more risk. They should see a doctor soon, before they stop or cut down. If they are pregnant, they need prenatal care.",
        ),
        MedicalNeed::OpioidsInPregnancy => v(
            "If you are pregnant, do not stop opioids all at once. Medicine such as buprenorphine or methadone is safer for you and the baby.",
            "If they are pregnant, they should not stop opioids all at once. Medicine such as buprenorphine or methadone is safer for them and the baby.",
        ),
    }
}

pub fn faq(id: FaqId) -> FaqText {
    match id {
        FaqId::WhatIsIop => FaqText {
            question: "What is an IOP?",
            answer: &[
                Block::P("IOP stands for intensive outpatient program. It treats mental health and substance use problems. You go to treatment a few days a week and go home each night."),
                Block::P("A week in IOP can include:"),
                Block::List(&["Group therapy", "Support groups", "Classes on life skills", "One-on-one counseling"]),
                Block::P("Classes cover things like:"),
                Block::List(&["Handling strong feelings", "Family and community", "Getting to know yourself", "How trauma affects you", "How to avoid a relapse"]),
                Block::P("IOP is a good step down after a hospital or live-in program. You get strong support and keep your daily life."),
            ],
        },
        FaqId::HowLong => FaqText {
            question: "How long does IOP last?",
            answer: &[
                Block::P("Most programs last 8 to 12 weeks. Most meet 3 to 5 days a week, for about 3 hours a day. That is 9 to 19 hours a week."),
                Block::P("Some days can be shorter or longer, from 2 to 5 hours. Your care team may change the length to fit your needs."),
            ],
        },
        FaqId::WhatYouDo => FaqText {
            question: "What do you do in IOP?",
            answer: &[
                Block::P("You go to therapy and support groups. You learn skills to stay sober and to handle stress. You build a healthy life in recovery."),
                Block::P("A day may include a skills class, a group session and time with a counselor. Some programs help with finding a job. Many let you join some sessions by video."),
            ],
        },
        FaqId::GroupTherapy => FaqText {
            question: "Is group therapy part of IOP?",
            answer: &[
                Block::P("Yes. Group therapy is a main part of most programs. You meet people who face the same things you do."),
                Block::P("Groups can help you:"),
                Block::List(&["Build people you can lean on", "Feel that you belong", "Learn you are not alone", "Practice social skills", "Share tips for hard days", "Talk without fear of being judged"]),
            ],
        },
        FaqId::Insurance => FaqText {
            question: "Does insurance pay for IOP?",
            answer: &[
                Block::P("Many insurance plans pay for IOP. What they pay and for how long depends on your plan."),
                Block::P("Before you start, ask the program to check your insurance. They can tell you what it covers and what you may pay."),
                Block::P("Medicare has paid for IOP since January 2024. A doctor must say you need at least 9 hours a week."),
            ],
        },
        FaqId::Compare => FaqText {
            question: "How is IOP different from PHP and outpatient care?",
            answer: &[
                Block::P("They differ in how many hours you spend in care each week. You sleep at home in all three."),
                Block::Table(&[
                    &["Care", "Hours each week", "Good for"],
                    &["Outpatient", "Less than 9 (less than 6 for teens)", "Milder problems, or after IOP"],
                    &["IOP", "9 to 19 (6 or more for teens)", "Strong support while you keep daily life"],
                    &["PHP (partial hospital)", "20 or more", "Needing close care most of the day"],
                ]),
            ],
        },
        FaqId::WorkOrSchool => FaqText {
            question: "Can I keep working or going to school?",
            answer: &[
                Block::P("Yes, most people do. IOP meets a few hours a day. Many programs meet in the morning or the evening so you can work or study."),
            ],
        },
        FaqId::Online => FaqText {
            question: "Can I do IOP online?",
            answer: &[
                Block::P("Many programs let you join by video. Some are fully online. Ask the program if video sessions fit your needs."),
            ],
        },
        FaqId::Crisis => FaqText {
            question: "What should I do in a crisis right now?",
            answer: &[
                Block::P("If you are in danger or have a medical emergency, call 911 now."),
                Block::P("To talk to someone now, call or text 988. It is free and private, any time of day or night. You can also chat online."),
                Block::Link("Call 911", "tel:911"),
                Block::Link("Call 988", "tel:988"),
                Block::Link("Text 988", "sms:988"),
                Block::Link("Chat at 988lifeline.org", "https://988lifeline.org/chat/"),
                Block::P("To find treatment, call the SAMHSA Helpline at 1-800-662-4357. It is free and open 24/7."),
                Block::Link("Find care at FindTreatment.gov", "https://findtreatment.gov/"),
            ],
        },
    }
}
