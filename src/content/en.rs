//! English text. Keep sentences short (reading grade 8 or lower, aim for 6).
//! Items marked VALIDATED are published screener wording: do not edit.

use super::faq::{Block, FaqId, FaqText};
use super::{Chrome, Crisis, OutcomeText, Question};
use crate::engine::answers::*;
use crate::engine::{Answer, Flag, Outcome, Reason, Step};

pub const CHROME: Chrome = Chrome {
    checker_title: "Is IOP right for me?",
    checker_intro: "Answer a few short questions to see if an intensive outpatient program (IOP) may fit. It takes about 3 minutes. Your answers stay on this device.",
    leaving_hospital_intro: "You are leaving the hospital or a live-in program. These questions help you see if IOP is a good next step. Your answers stay on this device.",
    start: "Start",
    step: "Step",
    of: "of",
    next: "Next",
    back: "Back",
    start_over: "Start over",
    choose_all: "Choose all that apply.",
    none_of_these: "None of these",
    pick_one_first: "Choose an answer first.",
    result_heading: "Your result",
    why: "Why we suggest this",
    what_it_involves: "What this care looks like",
    notes: "Good to know",
    next_step: "Your next step",
    call: "Call",
    text: "Text",
    email: "Email",
    contact_page: "Contact us online",
    verify_insurance: "Check your insurance",
    samhsa_line: "SAMHSA National Helpline: free, private, 24/7, in English and Spanish",
    find_treatment: "Find care near you at FindTreatment.gov",
    not_diagnosis: "This is not a diagnosis. Only a trained provider can tell you what care you need.",
    about_someone_else: "These results are about the person you are helping.",
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
    share_link_label: "Link to this page of the check",
    qr_label: "QR code for this link",
    copy_failed: "Select the link and copy it.",
    referral_code: "Referral code",
    print_call: "To talk about care, call",
    results_for_teens: "Teens",
};

pub const CRISIS: Crisis = Crisis {
    heading: "Get help now",
    call_911: "Call 911 if you are in danger or having a medical emergency.",
    call_911_link: "Call 911",
    lifeline: "988 Suicide & Crisis Lifeline: free, private, 24/7.",
    call_988: "Call 988",
    text_988: "Text 988",
    text_988_body: "",
    chat_988: "Chat at 988lifeline.org",
    chat_url: "https://988lifeline.org/chat/",
    samhsa: "SAMHSA Helpline: 1-800-662-4357 (TTY 1-800-487-4889)",
    persistent: "You can talk to someone now. Call or text 988, any time.",
};

pub fn question(step: Step, other: bool) -> Question {
    let ours = |you: &'static str, they: &'static str, hint: Option<&'static str>| Question {
        text: if other { they } else { you },
        hint,
        validated: false,
    };
    // PHQ-2, GAD-2 and PHQ-9 item 9 share this published stem.
    let stem =
        Some("Over the last 2 weeks, how often have you been bothered by the following problem?");
    let validated = |text: &'static str, hint: Option<&'static str>| Question {
        text,
        hint,
        validated: true,
    };
    match step {
        Step::Who => ours("Who is this check for?", "Who is this check for?", None),
        Step::TheirAge => ours("Is the person under 18?", "Is the person under 18?", None),
        Step::DangerNow => ours(
            "Right now, are you in danger, thinking of ending your life, or having a medical emergency?",
            "Right now, are they in danger, thinking of ending their life, or having a medical emergency?",
            Some("A medical emergency can be an overdose, a seizure or chest pain."),
        ),
        Step::SelfHarm => validated(
            "Thoughts that you would be better off dead or of hurting yourself in some way",
            stem,
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
        Step::AuditFrequency => validated("How often do you have a drink containing alcohol?", None),
        Step::AuditTypical => validated(
            "How many standard drinks containing alcohol do you have on a typical day?",
            None,
        ),
        Step::AuditHeavy => validated("How often do you have six or more drinks on one occasion?", None),
        Step::AuditSex => ours(
            "What sex were you assigned at birth?",
            "What sex were they assigned at birth?",
            Some("We ask only to score the drinking questions the right way."),
        ),
        Step::DrugUse => validated(
            "How many times in the past year have you used an illegal drug or used a prescription medication for non-medical reasons?",
            None,
        ),
        Step::Phq2Interest => validated("Little interest or pleasure in doing things", stem),
        Step::Phq2Down => validated("Feeling down, depressed, or hopeless", stem),
        Step::Gad2Nervous => validated("Feeling nervous, anxious or on edge", stem),
        Step::Gad2Worry => validated("Not being able to stop or control worrying", stem),
        Step::Impact => ours(
            "How much do these problems get in the way of work, school, home or time with people?",
            "How much do these problems get in the way of their work, school, home or time with people?",
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
            "Could you give about 3 days a week, a few hours a day? That is 9 or more hours a week, in person or by video.",
            "Could they give about 3 days a week, a few hours a day? That is 9 or more hours a week, in person or by video.",
            None,
        ),
    }
}

fn frequency(f: Frequency) -> &'static str {
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

pub fn answer(a: Answer) -> &'static str {
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
        Answer::Impact(Impact::CantManageDailyTasks) => "I can't manage daily tasks",
        Answer::Home(Home::Yes) => "Yes",
        Answer::Home(Home::Mostly) => "Mostly",
        Answer::Home(Home::No) => "No",
        Answer::Situation(Situation::SteppingDown) => {
            "Leaving the hospital, a live-in program or PHP"
        }
        Answer::Situation(Situation::WeeklyTherapyNotEnough) => "Weekly therapy was not enough",
        Answer::Situation(Situation::NeverHadTreatment) => "Never had treatment",
        Answer::Situation(Situation::NotSureWantTreatment) => "Not sure I want treatment",
        Answer::Time(TimeAvailable::Yes) => "Yes",
        Answer::Time(TimeAvailable::Maybe) => "Maybe",
        Answer::Time(TimeAvailable::No) => "No",
    }
}

pub fn outcome(outcome: Outcome, under_18: bool) -> OutcomeText {
    match outcome {
        Outcome::EmergencyNow => OutcomeText {
            title: "Get help right now.",
            summary: "You should not wait. Call 911 now, or call or text 988 to talk to someone.",
            involves: "Emergency staff and crisis counselors can help you stay safe today.",
        },
        Outcome::MedicalCareFirst => OutcomeText {
            title: "See a doctor first, before IOP.",
            summary: "It may not be safe to stop or cut down on your own. A doctor can help you stop safely.",
            involves: "Medical care to stop safely, often called detox. It can be in a hospital or a clinic. After that, IOP can be a good next step.",
        },
        Outcome::MoreSupportThanIop => OutcomeText {
            title: "You may need more support than IOP.",
            summary: "A program with more hours each week may help more right now.",
            involves: "Partial hospital care (PHP) meets 20 or more hours a week, most weekdays, and you still sleep at home. A live-in program gives care day and night.",
        },
        Outcome::Iop if under_18 => OutcomeText {
            title: "IOP may be a good fit.",
            summary: "An IOP gives strong support a few days a week while you live at home.",
            involves: "For teens, IOP is 6 or more hours a week, often after school. It lasts about 8 to 12 weeks. It has group therapy, skills classes and one-on-one counseling. Family is often part of it.",
        },
        Outcome::Iop => OutcomeText {
            title: "IOP may be a good fit.",
            summary: "An IOP gives strong support a few days a week while you live at home.",
            involves: "IOP is about 9 to 19 hours a week: 3 to 5 days a week, for 2 to 5 hours a day. It lasts about 8 to 12 weeks. It has group therapy, skills classes and one-on-one counseling. Many programs also meet by video.",
        },
        Outcome::Outpatient if under_18 => OutcomeText {
            title: "Weekly outpatient care may be enough.",
            summary: "Your answers show some signs to talk about with a counselor.",
            involves: "For teens, outpatient care is less than 6 hours a week, often one visit a week with a counselor.",
        },
        Outcome::Outpatient => OutcomeText {
            title: "Weekly outpatient care may be enough.",
            summary: "Your answers show some signs to talk about with a counselor.",
            involves: "Outpatient care is less than 9 hours a week, often one visit a week with a counselor.",
        },
        Outcome::LearnMore => OutcomeText {
            title: "You may not need IOP right now.",
            summary: "Your answers do not show strong signs that you need IOP. You can still talk to someone.",
            involves: "If things change, you can take this check again or call us. Read the questions below to learn more.",
        },
    }
}

pub fn reason(reason: Reason) -> &'static str {
    match reason {
        Reason::DangerNow => "You said you are in danger or having an emergency right now.",
        Reason::SelfHarmThoughts => {
            "You have had thoughts of death or of hurting yourself, or chose not to say."
        }
        Reason::PastSevereWithdrawal(YesNoUnsure::NotSure) => {
            "You are not sure if cutting down once caused a seizure, DTs or seeing things."
        }
        Reason::PastSevereWithdrawal(_) => {
            "Cutting down once caused a seizure, DTs or seeing things."
        }
        Reason::StrongWithdrawalNow => "You get strong withdrawal signs when you go without.",
        Reason::BenzoWithdrawal => "Stopping benzos or sleeping pills can cause seizures.",
        Reason::HealthProblemWithUse => "A health problem or pregnancy makes stopping riskier.",
        Reason::CantManageDailyTasks => "It is hard to manage daily tasks right now.",
        Reason::HomeNotSafe => "Home is not safe or does not support recovery.",
        Reason::WeeklyTherapyNotEnough => "Weekly therapy was not enough.",
        Reason::SteppingDown => "You are leaving a higher level of care.",
        Reason::DepressionScreen => "Your answers about mood point to depression.",
        Reason::AnxietyScreen => "Your answers about worry point to anxiety.",
        Reason::AlcoholScreen => "Your answers about drinking point to risky drinking.",
        Reason::DrugScreen => "You have used drugs in the past year.",
        Reason::ProblemsGetInTheWay(Impact::NotAtAll) => {
            "These problems do not get in the way of daily life."
        }
        Reason::ProblemsGetInTheWay(Impact::Somewhat) => {
            "These problems get in the way of daily life somewhat."
        }
        Reason::ProblemsGetInTheWay(_) => "These problems get in the way of daily life a lot.",
        Reason::NoStrongSigns => "Your answers do not show strong signs of a problem.",
    }
}

pub fn flag(flag: Flag) -> &'static str {
    match flag {
        Flag::CrisisLines => "You can call or text 988 any time, day or night. It is free and private.",
        Flag::OpioidMedication => "If you use opioids, ask about medicine such as buprenorphine or methadone. After a break, your body can handle less, so the risk of overdose goes up.",
        Flag::AdolescentHours => "Teen programs use teen hours and often meet after school.",
        Flag::ScheduleNote => "Many programs meet in the evening or by video, so they can fit around work or school.",
        Flag::ReadinessEncouragement => "It is OK to feel unsure. Talking to someone does not mean you have to start. It can help you decide.",
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
                Block::P("Most programs last 8 to 12 weeks. You meet 3 to 5 days a week, for about 2 to 5 hours each day."),
                Block::P("That adds up to 9 or more hours a week. Your care team may change the length to fit your needs."),
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
