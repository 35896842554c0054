//! Texto en español (usted). Frases cortas y palabras sencillas.
//! Los ítems marcados VALIDATED son la versión publicada en español de cada
//! cuestionario (PHQ-9, GAD-7 y AUDIT de la OMS): no los cambie. Cada texto
//! que ve quien contesta por otra persona tiene su forma sobre "la
//! persona", escrita al lado de la forma en primera persona.

use super::faq::{Block, FaqId, FaqText};
use super::{Chrome, Crisis, OutcomeText, Question, Voice, Voiced, Wording};
use crate::engine::answers::*;
use crate::engine::{Answer, Flag, MedicalNeed, Outcome, Reason, Step};

pub const CHROME: Chrome = Chrome {
    checker_title: "¿Es IOP adecuado para mí?",
    checker_intro: "Conteste de 14 a 21 preguntas cortas para ver si un programa intensivo ambulatorio (IOP) le puede servir. Toma unos 5 minutos. Sus respuestas se quedan en este dispositivo.",
    leaving_hospital_intro: "Usted sale del hospital o de un programa residencial. Estas 14 a 21 preguntas cortas le ayudan a ver si IOP es un buen siguiente paso. Sus respuestas se quedan en este dispositivo.",
    start: "Empezar",
    part: "Parte",
    of: "de",
    parts: ["Para empezar", "Ánimo y seguridad", "Alcohol y drogas", "Vida diaria"],
    next: "Siguiente",
    back: "Atrás",
    start_over: "Empezar de nuevo",
    choose_all: "Elija todas las que apliquen.",
    none_of_these: "Ninguna de estas",
    pick_one_first: "Primero elija una respuesta.",
    result_heading: Voiced {
        you: "Su resultado",
        they: "Resultado para la persona a la que usted ayuda",
    },
    why: "Por qué sugerimos esto",
    what_it_involves: "Cómo es este tipo de atención",
    notes: "Es bueno saber",
    next_step: "Siguiente paso",
    call: "Llamar",
    text: "Enviar texto",
    email: "Correo",
    contact_page: "Contáctenos en línea",
    verify_insurance: Voiced {
        you: "Revise su seguro",
        they: "Revise el seguro de la persona",
    },
    samhsa_line: "Línea Nacional de Ayuda de SAMHSA: gratis, privada, 24/7, en inglés y español",
    find_treatment: "Busque atención cerca en FindTreatment.gov",
    not_diagnosis: Voiced {
        you: "Esto no es un diagnóstico. Solo un profesional puede decirle qué atención necesita.",
        they: "Esto no es un diagnóstico. Solo un profesional puede decir qué atención necesita la persona.",
    },
    observer_note: "Este resultado es sobre la persona a la que usted ayuda. Las preguntas de detección se hicieron para que cada quien conteste sobre sí mismo. Sus respuestas sobre otra persona dan solo una idea general, así que un profesional debe hablar con ella.",
    print: "Imprimir o guardar este resumen",
    back_to_check: "Volver a las preguntas",
    faq_title: "Preguntas sobre IOP",
    language_switch: "English",
    language_name: "Español",
    privacy: "Sus respuestas no se guardan ni se envían a ningún lugar.",
    read_more_faq: "Lea más sobre IOP",
    share: "Compartir",
    copied: "Enlace copiado",
    copy_link: "Copiar enlace",
    share_link_label: "Enlace que abre esta prueba desde el principio",
    qr_label: "Código QR de este enlace",
    copy_failed: "Seleccione el enlace y cópielo.",
    referral_code: "Código de referencia",
    print_call: "Para hablar sobre la atención, llame al",
    results_for_teens: "Adolescentes",
    launch: "¿Es IOP adecuado para mí? Haga la autoevaluación",
    close: "Cerrar",
};

pub const CRISIS: Crisis = Crisis {
    call_911: Voiced {
        you: "Llame al 911 si está en peligro o tiene una emergencia médica.",
        they: "Llame al 911 si la persona está en peligro o tiene una emergencia médica.",
    },
    call_911_link: "Llamar al 911",
    lifeline: "988 Línea de Prevención del Suicidio y Crisis: gratis, privada, 24/7. Llame al 988 y oprima 2 para español.",
    call_988: "Llamar al 988 (oprima 2)",
    text_988: "Enviar AYUDA al 988",
    text_988_body: "AYUDA",
    chat_988: "Chat en 988lifeline.org/es",
    chat_url: "https://988lifeline.org/es/",
    persistent: Voiced {
        you: "Puede hablar con alguien ahora. Llame al 988 y oprima 2, o envíe AYUDA al 988.",
        they: "Puede llamar al 988 y oprimir 2, o enviar AYUDA al 988, por la persona o por usted, a cualquier hora.",
    },
    same_day_title: Voiced {
        you: "Por favor, hable con alguien hoy",
        they: "Ayude a la persona a hablar con alguien hoy",
    },
    same_day_body: Voiced {
        you: "Usted dijo que ha tenido pensamientos de muerte o de hacerse daño, o prefirió no decirlo. Eso necesita atención hoy: llame al 988 y oprima 2, envíe AYUDA al 988, use el chat en 988lifeline.org/es o hable con un médico o consejero.",
        they: "Usted dijo que la persona ha tenido pensamientos de muerte o de hacerse daño, o usted prefirió no decirlo. Eso necesita atención hoy: la persona, o usted con ella, puede llamar al 988 y oprimir 2, enviar AYUDA al 988, usar el chat en 988lifeline.org/es o hablar con un médico o consejero.",
    },
    same_day_911: Voiced {
        you: "Si cree que podría actuar según estos pensamientos, llame al 911 ahora.",
        they: "Si la persona podría actuar según estos pensamientos, llame al 911 ahora.",
    },
};

// VALIDATED: the stem of the published US Spanish PHQ-9 and GAD-7, plural
// as published; a stem is never made singular.
const STEM: &str = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?";
// Observer form: the same stem about the other person.
const STEM_THEY: &str = "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido la persona a la que usted ayuda molestias debido a los siguientes problemas?";
const ABOUT_THEM: &str =
    "Esta pregunta de detección se hace aquí sobre la persona a la que usted ayuda. Conteste lo mejor que pueda.";

pub fn question(step: Step, voice: Voice) -> Question {
    let observer = voice == Voice::Observer;
    let ours = |you: &'static str, they: &'static str, hint: Option<&'static str>| Question {
        stem: None,
        text: voice.pick(you, they),
        hint,
        wording: Wording::Ours,
    };
    let wording = if observer {
        Wording::Observer
    } else {
        Wording::Published
    };
    // VALIDATED: a PHQ/GAD item under its stem. A published item is already
    // in the third person ("usted" forms), so the same words serve both
    // voices; the stem says whom it is about.
    let screener = |text: &'static str| Question {
        stem: Some(voice.pick(STEM, STEM_THEY)),
        text,
        hint: observer.then_some(ABOUT_THEM),
        wording,
    };
    // VALIDATED: a screener question that has no stem.
    let item = |you: &'static str, they: &'static str| Question {
        stem: None,
        text: voice.pick(you, they),
        hint: observer.then_some(ABOUT_THEM),
        wording,
    };
    match step {
        Step::Who => ours("¿Para quién es esta prueba?", "¿Para quién es esta prueba?", None),
        Step::TheirAge => ours("¿La persona tiene menos de 18 años?", "¿La persona tiene menos de 18 años?", None),
        Step::DangerNow => ours(
            "Ahora mismo, ¿está en peligro, piensa en quitarse la vida o tiene una emergencia médica?",
            "Ahora mismo, ¿la persona está en peligro, piensa en quitarse la vida o tiene una emergencia médica?",
            Some("Una emergencia médica puede ser una sobredosis, una convulsión o dolor de pecho."),
        ),
        Step::SelfHarm => screener("Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"),
        Step::Phq2Interest => screener("Poco interés o placer en hacer cosas"),
        Step::Phq2Down => screener("Se ha sentido decaído(a), deprimido(a) o sin esperanzas"),
        Step::Gad2Nervous => screener("Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta"),
        Step::Gad2Worry => screener("No ha sido capaz de parar o controlar su preocupación"),
        Step::AuditFrequency => item(
            "¿Con qué frecuencia consume alguna bebida alcohólica?",
            "¿Con qué frecuencia consume la persona alguna bebida alcohólica?",
        ),
        Step::AuditTypical => Question {
            hint: Some(voice.pick(
                "Una bebida es una cerveza de 12 onzas, una copa de vino de 5 onzas o un trago de licor de 1.5 onzas.",
                "Se pregunta aquí sobre la persona a la que usted ayuda. Una bebida es una cerveza de 12 onzas, una copa de vino de 5 onzas o un trago de licor de 1.5 onzas.",
            )),
            ..item(
                "¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de consumo normal?",
                "¿Cuántas consumiciones de bebidas alcohólicas suele realizar la persona en un día de consumo normal?",
            )
        },
        Step::AuditHeavy => item(
            "¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?",
            "¿Con qué frecuencia toma la persona 6 o más bebidas alcohólicas en un solo día?",
        ),
        Step::AuditSex => ours(
            "¿Qué sexo le asignaron al nacer?",
            "¿Qué sexo le asignaron al nacer a la persona?",
            Some("Solo lo preguntamos para calificar bien las preguntas sobre el alcohol."),
        ),
        Step::DrugUse => item(
            "¿Cuántas veces en el último año ha usado una droga ilegal o un medicamento recetado por razones no médicas?",
            "¿Cuántas veces en el último año la persona ha usado una droga ilegal o un medicamento recetado por razones no médicas?",
        ),
        Step::Substances => ours(
            "¿Cuáles de estas usa casi todos los días?",
            "¿Cuáles de estas usa la persona casi todos los días?",
            None,
        ),
        Step::PastSevereWithdrawal => ours(
            "Cuando dejó de usar o usó menos antes, ¿tuvo una convulsión, delirium tremens (DTs), o vio u oyó cosas que no estaban ahí?",
            "Cuando la persona dejó de usar o usó menos antes, ¿tuvo una convulsión, delirium tremens (DTs), o vio u oyó cosas que no estaban ahí?",
            None,
        ),
        Step::WithdrawalNow => ours(
            "Cuando no usa, ¿le dan temblores, sudor, malestar, el corazón acelerado o mucha ansiedad?",
            "Cuando la persona no usa, ¿le dan temblores, sudor, malestar, el corazón acelerado o mucha ansiedad?",
            None,
        ),
        Step::Impact => ours(
            "¿Cuánto le afectan los problemas de ánimo, preocupación, alcohol o drogas en el trabajo, la escuela, la casa o sus relaciones?",
            "¿Cuánto le afectan a la persona los problemas de ánimo, preocupación, alcohol o drogas en el trabajo, la escuela, la casa o sus relaciones?",
            None,
        ),
        Step::Health => ours(
            "¿Tiene un problema de salud que no está bajo control, o está embarazada?",
            "¿La persona tiene un problema de salud que no está bajo control, o está embarazada?",
            None,
        ),
        Step::Home => ours(
            "¿El lugar donde vive es seguro y le apoya en su recuperación?",
            "¿El lugar donde vive la persona es seguro y le apoya en su recuperación?",
            None,
        ),
        Step::Situation => ours("¿Qué describe mejor su situación?", "¿Qué describe mejor la situación de la persona?", None),
        Step::Time => ours(
            "¿Podría dedicar unos 3 días a la semana, unas horas cada día, en persona o por video?",
            "¿La persona podría dedicar unos 3 días a la semana, unas horas cada día, en persona o por video?",
            None,
        ),
    }
}

fn frequency(f: Frequency) -> &'static str {
    // VALIDATED: PHQ-9 / GAD-7 Spanish answer wording.
    match f {
        Frequency::NotAtAll => "Ningún día",
        Frequency::SeveralDays => "Varios días",
        Frequency::MoreThanHalfTheDays => "Más de la mitad de los días",
        Frequency::NearlyEveryDay => "Casi todos los días",
    }
}

fn yes_no_unsure(a: YesNoUnsure) -> &'static str {
    match a {
        YesNoUnsure::Yes => "Sí",
        YesNoUnsure::No => "No",
        YesNoUnsure::NotSure => "No estoy seguro(a)",
    }
}

pub fn answer(a: Answer, voice: Voice) -> &'static str {
    match a {
        Answer::Who(Who::Me) => "Para mí (18 años o más)",
        Answer::Who(Who::MeUnder18) => "Para mí (menos de 18 años)",
        Answer::Who(Who::SomeoneICareAbout) => "Para un ser querido",
        Answer::Who(Who::Professional) => "Soy profesional y ayudo a alguien",
        Answer::TheirAge(TheirAge::Adult) => "No, tiene 18 años o más",
        Answer::TheirAge(TheirAge::Under18) => "Sí, tiene menos de 18 años",
        Answer::DangerNow(YesNo::Yes) => "Sí",
        Answer::DangerNow(YesNo::No) => "No",
        Answer::SelfHarm(SelfHarm::NotAtAll) => "Ningún día",
        Answer::SelfHarm(SelfHarm::SeveralDays) => "Varios días",
        Answer::SelfHarm(SelfHarm::MoreThanHalfTheDays) => "Más de la mitad de los días",
        Answer::SelfHarm(SelfHarm::NearlyEveryDay) => "Casi todos los días",
        Answer::SelfHarm(SelfHarm::PreferNotToSay) => "Prefiero no decirlo",
        Answer::Substances(s) => match s.iter().next() {
            Some(Substance::Alcohol) => "Alcohol",
            Some(Substance::Benzos) => "Benzodiacepinas o pastillas para dormir",
            Some(Substance::Opioids) => {
                "Opioides (heroína, fentanilo o pastillas para el dolor sin seguir la receta)"
            }
            Some(Substance::OtherDrugs) => "Otras drogas",
            None => "Ninguna de estas",
        },
        Answer::PastSevereWithdrawal(a) | Answer::Health(a) => yes_no_unsure(a),
        Answer::WithdrawalNow(Withdrawal::No) => "No",
        Answer::WithdrawalNow(Withdrawal::ALittle) => "Un poco",
        Answer::WithdrawalNow(Withdrawal::ALot) => "Mucho",
        // VALIDATED: AUDIT (OMS) answer wording in Spanish.
        Answer::AuditFrequency(DrinkFrequency::Never) => "Nunca",
        Answer::AuditFrequency(DrinkFrequency::MonthlyOrLess) => "Una o menos veces al mes",
        Answer::AuditFrequency(DrinkFrequency::TwoToFourTimesAMonth) => "De 2 a 4 veces al mes",
        Answer::AuditFrequency(DrinkFrequency::TwoToThreeTimesAWeek) => {
            "De 2 a 3 veces a la semana"
        }
        Answer::AuditFrequency(DrinkFrequency::FourOrMoreTimesAWeek) => "4 o más veces a la semana",
        Answer::AuditTypical(TypicalDrinks::OneOrTwo) => "1 o 2",
        Answer::AuditTypical(TypicalDrinks::ThreeOrFour) => "3 o 4",
        Answer::AuditTypical(TypicalDrinks::FiveOrSix) => "5 o 6",
        Answer::AuditTypical(TypicalDrinks::SevenToNine) => "De 7 a 9",
        Answer::AuditTypical(TypicalDrinks::TenOrMore) => "10 o más",
        Answer::AuditHeavy(HeavyDrinking::Never) => "Nunca",
        Answer::AuditHeavy(HeavyDrinking::LessThanMonthly) => "Menos de una vez al mes",
        Answer::AuditHeavy(HeavyDrinking::Monthly) => "Mensualmente",
        Answer::AuditHeavy(HeavyDrinking::Weekly) => "Semanalmente",
        Answer::AuditHeavy(HeavyDrinking::DailyOrAlmostDaily) => "A diario o casi a diario",
        Answer::AuditSex(AuditSex::Male) => "Masculino",
        Answer::AuditSex(AuditSex::Female) => "Femenino",
        Answer::AuditSex(AuditSex::PreferNotToSay) => "Prefiero no decirlo",
        Answer::DrugUse(DrugUseTimes::Never) => "Nunca",
        Answer::DrugUse(DrugUseTimes::OnceOrMore) => "1 vez o más",
        Answer::Phq2Interest(f)
        | Answer::Phq2Down(f)
        | Answer::Gad2Nervous(f)
        | Answer::Gad2Worry(f) => frequency(f),
        Answer::Impact(Impact::NotAtAll) => "Nada",
        Answer::Impact(Impact::Somewhat) => "Algo",
        Answer::Impact(Impact::ALot) => "Mucho",
        Answer::Impact(Impact::CantManageDailyTasks) => voice.pick(
            "No puedo con las tareas diarias",
            "La persona no puede con las tareas diarias",
        ),
        Answer::Home(Home::Yes) => "Sí",
        Answer::Home(Home::Mostly) => "La mayor parte del tiempo",
        Answer::Home(Home::No) => "No",
        Answer::Situation(Situation::SteppingDown) => {
            "Sale del hospital, de un programa residencial o de PHP"
        }
        Answer::Situation(Situation::WeeklyTherapyNotEnough) => {
            "La terapia semanal no fue suficiente"
        }
        Answer::Situation(Situation::NeverHadTreatment) => "Nunca ha tenido tratamiento",
        Answer::Situation(Situation::NotSureWantTreatment) => voice.pick(
            "No estoy seguro(a) de querer tratamiento",
            "La persona no está segura de querer tratamiento",
        ),
        Answer::Time(TimeAvailable::Yes) => "Sí",
        Answer::Time(TimeAvailable::Maybe) => "Tal vez",
        Answer::Time(TimeAvailable::No) => "No",
    }
}

pub fn outcome(outcome: Outcome, under_18: bool, voice: Voice) -> OutcomeText {
    let v = |you, they| voice.pick(you, they);
    match outcome {
        Outcome::EmergencyNow => OutcomeText {
            title: "Busque ayuda ahora",
            summary: v(
                "No espere. Llame al 911 ahora, o llame al 988 y oprima 2, o envíe AYUDA al 988.",
                "No espere. Llame al 911 ahora, o llame al 988 y oprima 2, o envíe AYUDA al 988 para pedir ayuda para la persona.",
            ),
            involves: None,
        },
        Outcome::MedicalCareFirst => OutcomeText {
            title: "Primero, atención médica",
            summary: v(
                "Puede ser peligroso dejar de usar o usar menos por su cuenta. Un médico le puede ayudar a hacerlo sin peligro, y IOP puede ser parte de su atención.",
                "Puede ser peligroso que la persona deje de usar o use menos por su cuenta. Un médico la puede ayudar a hacerlo sin peligro, y IOP puede ser parte de su atención.",
            ),
            involves: None,
        },
        Outcome::MoreSupportThanIop => OutcomeText {
            title: v("Puede necesitar más apoyo que IOP", "La persona puede necesitar más apoyo que IOP"),
            summary: v(
                "Un programa con más horas cada semana le puede ayudar más ahora.",
                "Un programa con más horas cada semana puede ayudar más a la persona ahora.",
            ),
            involves: Some(v(
                "La hospitalización parcial (PHP) es de 20 horas o más a la semana, casi todos los días hábiles, y usted duerme en casa. Un programa residencial da atención de día y de noche.",
                "La hospitalización parcial (PHP) es de 20 horas o más a la semana, casi todos los días hábiles, y la persona duerme en casa. Un programa residencial da atención de día y de noche.",
            )),
        },
        Outcome::Iop => OutcomeText {
            title: "IOP puede ser una buena opción",
            summary: v(
                "Un IOP da mucho apoyo unos días a la semana mientras usted vive en casa.",
                "Un IOP da mucho apoyo unos días a la semana mientras la persona vive en casa.",
            ),
            involves: Some(if under_18 {
                "Para adolescentes, IOP es de 6 horas o más a la semana, a menudo después de la escuela. Dura unas 8 a 12 semanas. Tiene terapia de grupo, clases de habilidades y consejería individual. La familia suele participar."
            } else {
                "IOP suele ser de 9 a 19 horas a la semana. Casi todos los programas se reúnen de 3 a 5 días a la semana, unas 3 horas al día. Dura unas 8 a 12 semanas. Tiene terapia de grupo, clases de habilidades y consejería individual. Muchos programas también se reúnen por video."
            }),
        },
        Outcome::Outpatient => OutcomeText {
            title: "La atención ambulatoria puede ser un buen comienzo",
            summary: v(
                "Sus respuestas muestran algunas señales para hablar con un consejero. Un consejero puede hacer una evaluación completa y decirle si necesita más atención.",
                "Sus respuestas muestran algunas señales para hablar con un consejero. Un consejero puede hacer una evaluación completa y ver si la persona necesita más atención.",
            ),
            involves: Some(if under_18 {
                "Para adolescentes, la atención ambulatoria es de menos de 6 horas a la semana, a menudo una cita por semana."
            } else {
                "La atención ambulatoria es de menos de 9 horas a la semana, a menudo una cita por semana."
            }),
        },
        Outcome::LearnMore => OutcomeText {
            title: v("Puede que no necesite IOP ahora", "Puede que la persona no necesite IOP ahora"),
            summary: v(
                "Sus respuestas no muestran señales de que necesite IOP ahora. Aun así puede hablar con alguien. Si las cosas cambian, haga esta prueba otra vez o pida ayuda.",
                "Sus respuestas no muestran señales de que la persona necesite IOP ahora. Aun así puede hablar con alguien. Si las cosas cambian, haga esta prueba otra vez o pida ayuda.",
            ),
            involves: None,
        },
    }
}

pub fn reason(reason: Reason, voice: Voice) -> &'static str {
    let v = |you, they| voice.pick(you, they);
    match reason {
        Reason::DangerNow => v(
            "Usted dijo que está en peligro o tiene una emergencia ahora.",
            "Usted dijo que la persona está en peligro o tiene una emergencia ahora.",
        ),
        Reason::SelfHarmThoughts => v(
            "Ha tenido pensamientos de muerte o de hacerse daño, o prefirió no decirlo.",
            "La persona ha tenido pensamientos de muerte o de hacerse daño, o usted prefirió no decirlo.",
        ),
        Reason::PastSevereWithdrawal(YesNoUnsure::NotSure) => v(
            "No está seguro(a) de si dejar de usar le causó una convulsión, DTs o ver cosas.",
            "No se sabe si dejar de usar le causó a la persona una convulsión, DTs o ver cosas.",
        ),
        Reason::PastSevereWithdrawal(_) => v(
            "Dejar de usar le causó una convulsión, DTs o ver cosas.",
            "Dejar de usar le causó a la persona una convulsión, DTs o ver cosas.",
        ),
        Reason::StrongWithdrawalNow => v(
            "Tiene señales fuertes de abstinencia cuando no usa.",
            "La persona tiene señales fuertes de abstinencia cuando no usa.",
        ),
        Reason::BenzoWithdrawal => {
            "Dejar de golpe las benzodiacepinas o pastillas para dormir puede causar convulsiones."
        }
        Reason::HealthProblemWithUse => {
            "Un problema de salud o un embarazo hace más riesgoso dejar de usar."
        }
        Reason::CantManageDailyTasks | Reason::ProblemsGetInTheWay(Impact::CantManageDailyTasks) => v(
            "Ahora es difícil hacer las tareas diarias.",
            "Ahora a la persona le cuesta hacer las tareas diarias.",
        ),
        Reason::HomeNotSafe => "La casa no es segura o no apoya la recuperación.",
        Reason::WeeklyTherapyNotEnough => "La terapia semanal no fue suficiente.",
        Reason::SteppingDown => v(
            "Está saliendo de un nivel de atención más alto. El apoyo importa más en las primeras semanas después.",
            "La persona está saliendo de un nivel de atención más alto. El apoyo importa más en las primeras semanas después.",
        ),
        Reason::DepressionScreen => v(
            "Sus respuestas muestran señales de depresión que un profesional debe revisar.",
            "Sus respuestas sobre la persona muestran señales de depresión que un profesional debe revisar.",
        ),
        Reason::AnxietyScreen => v(
            "Sus respuestas muestran señales de ansiedad que un profesional debe revisar.",
            "Sus respuestas sobre la persona muestran señales de ansiedad que un profesional debe revisar.",
        ),
        Reason::AlcoholScreen => v(
            "Sus respuestas muestran señales de un consumo de alcohol de riesgo que un profesional debe revisar.",
            "Sus respuestas sobre la persona muestran señales de un consumo de alcohol de riesgo que un profesional debe revisar.",
        ),
        Reason::DrugScreen => v(
            "Usó una droga, o un medicamento sin seguir la receta, en el último año. Un profesional debe revisarlo.",
            "La persona usó una droga, o un medicamento sin seguir la receta, en el último año. Un profesional debe revisarlo.",
        ),
        Reason::DailyUse => v(
            "Usa alcohol o drogas casi todos los días.",
            "La persona usa alcohol o drogas casi todos los días.",
        ),
        Reason::ProblemsGetInTheWay(Impact::NotAtAll) => {
            "El ánimo, la preocupación, el alcohol o las drogas no afectan la vida diaria."
        }
        Reason::ProblemsGetInTheWay(Impact::Somewhat) => {
            "El ánimo, la preocupación, el alcohol o las drogas afectan algo la vida diaria."
        }
        Reason::ProblemsGetInTheWay(Impact::ALot) => {
            "El ánimo, la preocupación, el alcohol o las drogas afectan mucho la vida diaria."
        }
        Reason::NoStrongSigns => v(
            "Ninguna de sus respuestas mostró una señal que revisar.",
            "Ninguna de sus respuestas sobre la persona mostró una señal que revisar.",
        ),
    }
}

pub fn flag(flag: Flag, voice: Voice) -> &'static str {
    let v = |you, they| voice.pick(you, they);
    match flag {
        Flag::CrisisLines => v(
            "Puede llamar al 988 y oprimir 2, o enviar AYUDA al 988, de día o de noche. Es gratis y privado.",
            "Usted o la persona pueden llamar al 988 y oprimir 2, o enviar AYUDA al 988, de día o de noche. Es gratis y privado.",
        ),
        Flag::OpioidMedication => "Medicinas como la buprenorfina o la metadona tratan el uso de opioides. Se pueden empezar antes de IOP y seguir durante el programa. Pregunte por ellas.",
        Flag::Naloxone => v(
            "Tenga naloxona (Narcan) a mano y enseñe a las personas cercanas a usarla. Después de una pausa en el uso de opioides, el cuerpo aguanta menos y sube el riesgo de sobredosis.",
            "Tenga naloxona (Narcan) a mano cerca de la persona y aprenda a usarla. Después de una pausa en el uso de opioides, el cuerpo aguanta menos y sube el riesgo de sobredosis.",
        ),
        Flag::AdolescentHours => "Los programas para adolescentes usan horarios para su edad y a menudo son después de la escuela.",
        Flag::ScheduleNote => "Muchos programas se reúnen de noche o por video, para acomodarse al trabajo o la escuela.",
        Flag::ReadinessEncouragement => v(
            "Está bien no estar seguro(a). Hablar con alguien no le obliga a empezar. Le puede ayudar a decidir.",
            "Está bien que la persona no esté segura. Hablar con alguien no la obliga a empezar. La puede ayudar a decidir.",
        ),
    }
}

pub fn medical(need: MedicalNeed, voice: Voice) -> &'static str {
    let v = |you, they| voice.pick(you, they);
    match need {
        MedicalNeed::SupervisedWithdrawal => v(
            "Dejar de golpe el alcohol, las benzodiacepinas o las pastillas para dormir puede causar convulsiones y puede ser mortal. Un médico o un programa médico de abstinencia le puede ayudar a dejarlo sin peligro. IOP puede venir después o al mismo tiempo.",
            "Dejar de golpe el alcohol, las benzodiacepinas o las pastillas para dormir puede causar convulsiones y puede ser mortal. Un médico o un programa médico de abstinencia puede ayudar a la persona a dejarlo sin peligro. IOP puede venir después o al mismo tiempo.",
        ),
        MedicalNeed::OpioidMedicine => v(
            "Para los opioides, vea a un médico que pueda empezar una medicina como la buprenorfina o la metadona. Puede seguir tomándola durante IOP.",
            "Para los opioides, la persona debe ver a un médico que pueda empezar una medicina como la buprenorfina o la metadona. Puede seguir tomándola durante IOP.",
        ),
        MedicalNeed::StopSafely => v(
            "Un médico le puede ayudar a dejar de usar o usar menos sin peligro. IOP puede venir después o al mismo tiempo.",
            "Un médico puede ayudar a la persona a dejar de usar o usar menos sin peligro. IOP puede venir después o al mismo tiempo.",
        ),
        MedicalNeed::HealthOrPregnancy => v(
            "Con un problema de salud o un embarazo, el alcohol y las drogas tienen más riesgo. Vea a un médico pronto, antes de dejar de usar o usar menos. Si está embarazada, reciba atención prenatal.",
            "Con un problema de salud o un embarazo, el alcohol y las drogas tienen más riesgo. La persona debe ver a un médico pronto, antes de dejar de usar o usar menos. Si está embarazada, necesita atención prenatal.",
        ),
        MedicalNeed::OpioidsInPregnancy => v(
            "Si está embarazada, no deje los opioides de golpe. Una medicina como la buprenorfina o la metadona es más segura para usted y el bebé.",
            "Si la persona está embarazada, no debe dejar los opioides de golpe. Una medicina como la buprenorfina o la metadona es más segura para ella y el bebé.",
        ),
    }
}

pub fn faq(id: FaqId) -> FaqText {
    match id {
        FaqId::WhatIsIop => FaqText {
            question: "¿Qué es un IOP?",
            answer: &[
                Block::P("IOP quiere decir programa intensivo ambulatorio. Trata problemas de salud mental y de uso de sustancias. Usted va a tratamiento unos días a la semana y vuelve a casa cada noche."),
                Block::P("Una semana de IOP puede incluir:"),
                Block::List(&["Terapia de grupo", "Grupos de apoyo", "Clases de habilidades para la vida", "Consejería individual"]),
                Block::P("Las clases tratan temas como:"),
                Block::List(&["Manejar emociones fuertes", "Familia y comunidad", "Conocerse a uno mismo", "Cómo le afecta el trauma", "Cómo evitar una recaída"]),
                Block::P("IOP es un buen paso después de un hospital o un programa residencial. Recibe mucho apoyo y sigue con su vida diaria."),
            ],
        },
        FaqId::HowLong => FaqText {
            question: "¿Cuánto dura un IOP?",
            answer: &[
                Block::P("La mayoría de los programas duran de 8 a 12 semanas. Casi todos se reúnen de 3 a 5 días a la semana, unas 3 horas al día. Son de 9 a 19 horas a la semana."),
                Block::P("Algunos días pueden ser más cortos o más largos, de 2 a 5 horas. Su equipo puede cambiar la duración según lo que necesite."),
            ],
        },
        FaqId::WhatYouDo => FaqText {
            question: "¿Qué se hace en un IOP?",
            answer: &[
                Block::P("Va a terapia y a grupos de apoyo. Aprende a mantenerse sobrio(a) y a manejar el estrés. Construye una vida sana en recuperación."),
                Block::P("Un día puede incluir una clase de habilidades, una sesión de grupo y tiempo con un consejero. Algunos programas ayudan a buscar trabajo. Muchos dejan tomar algunas sesiones por video."),
            ],
        },
        FaqId::GroupTherapy => FaqText {
            question: "¿La terapia de grupo es parte de IOP?",
            answer: &[
                Block::P("Sí. La terapia de grupo es una parte central de casi todos los programas. Conoce a personas que viven lo mismo que usted."),
                Block::P("Los grupos le pueden ayudar a:"),
                Block::List(&["Tener personas en quienes apoyarse", "Sentir que pertenece", "Saber que no está solo(a)", "Practicar cómo relacionarse", "Compartir consejos para los días difíciles", "Hablar sin miedo a que le juzguen"]),
            ],
        },
        FaqId::Insurance => FaqText {
            question: "¿El seguro paga el IOP?",
            answer: &[
                Block::P("Muchos planes de seguro pagan el IOP. Cuánto pagan y por cuánto tiempo depende de su plan."),
                Block::P("Antes de empezar, pida al programa que revise su seguro. Le dirán qué cubre y cuánto podría pagar usted."),
                Block::P("Medicare paga el IOP desde enero de 2024. Un médico debe decir que necesita al menos 9 horas a la semana."),
            ],
        },
        FaqId::Compare => FaqText {
            question: "¿En qué se diferencia IOP de PHP y de la atención ambulatoria?",
            answer: &[
                Block::P("Se diferencian en cuántas horas de atención recibe cada semana. En los tres duerme en casa."),
                Block::Table(&[
                    &["Atención", "Horas por semana", "Sirve para"],
                    &["Ambulatoria", "Menos de 9 (menos de 6 para adolescentes)", "Problemas más leves, o después de IOP"],
                    &["IOP", "De 9 a 19 (6 o más para adolescentes)", "Mucho apoyo sin dejar la vida diaria"],
                    &["PHP (hospitalización parcial)", "20 o más", "Necesitar atención cercana casi todo el día"],
                ]),
            ],
        },
        FaqId::WorkOrSchool => FaqText {
            question: "¿Puedo seguir trabajando o estudiando?",
            answer: &[
                Block::P("Sí, la mayoría de las personas lo hacen. IOP se reúne unas horas al día. Muchos programas son de mañana o de noche para que pueda trabajar o estudiar."),
            ],
        },
        FaqId::Online => FaqText {
            question: "¿Puedo hacer IOP en línea?",
            answer: &[
                Block::P("Muchos programas dejan participar por video. Algunos son del todo en línea. Pregunte al programa si las sesiones por video le sirven."),
            ],
        },
        FaqId::Crisis => FaqText {
            question: "¿Qué hago si tengo una crisis ahora?",
            answer: &[
                Block::P("Si está en peligro o tiene una emergencia médica, llame al 911 ahora."),
                Block::P("Para hablar con alguien ahora, llame al 988 y oprima 2, o envíe AYUDA por texto al 988. Es gratis y privado, a cualquier hora. También puede chatear en línea."),
                Block::Link("Llamar al 911", "tel:911"),
                Block::Link("Llamar al 988", "tel:988"),
                Block::Link("Enviar AYUDA al 988", "sms:988?body=AYUDA"),
                Block::Link("Chat en 988lifeline.org/es", "https://988lifeline.org/es/"),
                Block::P("Para buscar tratamiento, llame a la Línea de Ayuda de SAMHSA al 1-800-662-4357. Es gratis y abre 24/7."),
                Block::Link("Busque atención en FindTreatment.gov", "https://findtreatment.gov/"),
            ],
        },
    }
}
