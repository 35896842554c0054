//! Texto en español (usted). Frases cortas y palabras sencillas.
//! Los ítems marcados VALIDATED son la versión publicada en español de cada
//! cuestionario (PHQ-9, GAD-7 y AUDIT de la OMS): no los cambie.

use super::faq::{Block, FaqId, FaqText};
use super::{Chrome, Crisis, OutcomeText, Question};
use crate::engine::answers::*;
use crate::engine::{Answer, Flag, Outcome, Reason, Step};

pub const CHROME: Chrome = Chrome {
    checker_title: "¿Es IOP adecuado para mí?",
    checker_intro: "Conteste unas preguntas cortas para ver si un programa intensivo ambulatorio (IOP) le puede servir. Toma unos 3 minutos. Sus respuestas se quedan en este aparato.",
    leaving_hospital_intro: "Usted sale del hospital o de un programa residencial. Estas preguntas le ayudan a ver si IOP es un buen siguiente paso. Sus respuestas se quedan en este aparato.",
    start: "Empezar",
    step: "Paso",
    of: "de",
    next: "Siguiente",
    back: "Atrás",
    start_over: "Empezar de nuevo",
    choose_all: "Elija todas las que apliquen.",
    none_of_these: "Ninguna de estas",
    pick_one_first: "Primero elija una respuesta.",
    result_heading: "Su resultado",
    why: "Por qué le sugerimos esto",
    what_it_involves: "Cómo es este tipo de atención",
    notes: "Es bueno saber",
    next_step: "Su siguiente paso",
    call: "Llamar",
    text: "Enviar texto",
    email: "Correo",
    contact_page: "Contáctenos en línea",
    verify_insurance: "Revise su seguro",
    samhsa_line: "Línea Nacional de Ayuda de SAMHSA: gratis, privada, 24/7, en inglés y español",
    find_treatment: "Busque atención cerca en FindTreatment.gov",
    not_diagnosis: "Esto no es un diagnóstico. Solo un profesional puede decirle qué atención necesita.",
    about_someone_else: "Estos resultados son sobre la persona a la que usted ayuda.",
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
    share_link_label: "Enlace a esta página de la prueba",
    qr_label: "Código QR de este enlace",
    copy_failed: "Seleccione el enlace y cópielo.",
    referral_code: "Código de referencia",
    print_call: "Para hablar sobre la atención, llame al",
    results_for_teens: "Adolescentes",
};

pub const CRISIS: Crisis = Crisis {
    heading: "Busque ayuda ahora",
    call_911: "Llame al 911 si está en peligro o tiene una emergencia médica.",
    call_911_link: "Llamar al 911",
    lifeline: "988 Línea de Prevención del Suicidio y Crisis: gratis, privada, 24/7. Llame al 988 y oprima 2 para español.",
    call_988: "Llamar al 988 (oprima 2)",
    text_988: "Enviar AYUDA al 988",
    text_988_body: "AYUDA",
    chat_988: "Chat en 988lifeline.org/es",
    chat_url: "https://988lifeline.org/es/chat/",
    samhsa: "Línea de Ayuda de SAMHSA: 1-800-662-4357 (TTY 1-800-487-4889)",
    persistent: "Puede hablar con alguien ahora. Llame al 988 y oprima 2, o envíe AYUDA al 988.",
};

pub fn question(step: Step, other: bool) -> Question {
    let ours = |you: &'static str, they: &'static str, hint: Option<&'static str>| Question {
        text: if other { they } else { you },
        hint,
        validated: false,
    };
    // VALIDATED: the PHQ/GAD stem of the published Spanish version.
    let stem = Some("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido al siguiente problema?");
    let validated = |text: &'static str, hint: Option<&'static str>| Question {
        text,
        hint,
        validated: true,
    };
    match step {
        Step::Who => ours("¿Para quién es esta prueba?", "¿Para quién es esta prueba?", None),
        Step::TheirAge => ours("¿La persona tiene menos de 18 años?", "¿La persona tiene menos de 18 años?", None),
        Step::DangerNow => ours(
            "Ahora mismo, ¿está en peligro, piensa en quitarse la vida o tiene una emergencia médica?",
            "Ahora mismo, ¿esa persona está en peligro, piensa en quitarse la vida o tiene una emergencia médica?",
            Some("Una emergencia médica puede ser una sobredosis, una convulsión o dolor de pecho."),
        ),
        Step::SelfHarm => validated(
            "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
            stem,
        ),
        Step::Substances => ours(
            "¿Cuáles de estas usa casi todos los días?",
            "¿Cuáles de estas usa esa persona casi todos los días?",
            None,
        ),
        Step::PastSevereWithdrawal => ours(
            "Cuando dejó de usar o usó menos antes, ¿tuvo una convulsión, delirium tremens (DTs), o vio u oyó cosas que no estaban ahí?",
            "Cuando dejó de usar o usó menos antes, ¿esa persona tuvo una convulsión, delirium tremens (DTs), o vio u oyó cosas que no estaban ahí?",
            None,
        ),
        Step::WithdrawalNow => ours(
            "Cuando no usa, ¿le dan temblores, sudor, malestar, el corazón acelerado o mucha ansiedad?",
            "Cuando no usa, ¿a esa persona le dan temblores, sudor, malestar, el corazón acelerado o mucha ansiedad?",
            None,
        ),
        Step::AuditFrequency => validated("¿Con qué frecuencia consume alguna bebida alcohólica?", None),
        Step::AuditTypical => validated(
            "¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de consumo normal?",
            None,
        ),
        Step::AuditHeavy => validated("¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?", None),
        Step::AuditSex => ours(
            "¿Qué sexo le asignaron al nacer?",
            "¿Qué sexo le asignaron al nacer a esa persona?",
            Some("Solo lo preguntamos para calificar bien las preguntas sobre el alcohol."),
        ),
        Step::DrugUse => ours(
            "¿Cuántas veces en el último año ha usado una droga ilegal o un medicamento recetado por razones no médicas?",
            "¿Cuántas veces en el último año esa persona ha usado una droga ilegal o un medicamento recetado por razones no médicas?",
            None,
        ),
        Step::Phq2Interest => validated("Poco interés o placer en hacer cosas", stem),
        Step::Phq2Down => validated("Se ha sentido decaído(a), deprimido(a) o sin esperanzas", stem),
        Step::Gad2Nervous => validated("Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta", stem),
        Step::Gad2Worry => validated("No ha sido capaz de parar o controlar su preocupación", stem),
        Step::Impact => ours(
            "¿Cuánto le afectan estos problemas en el trabajo, la escuela, la casa o con otras personas?",
            "¿Cuánto le afectan a esa persona estos problemas en el trabajo, la escuela, la casa o con otras personas?",
            None,
        ),
        Step::Health => ours(
            "¿Tiene un problema de salud que no está bajo control, o está embarazada?",
            "¿Esa persona tiene un problema de salud que no está bajo control, o está embarazada?",
            None,
        ),
        Step::Home => ours(
            "¿El lugar donde vive es seguro y le apoya en su recuperación?",
            "¿El lugar donde vive esa persona es seguro y le apoya en su recuperación?",
            None,
        ),
        Step::Situation => ours("¿Qué describe mejor su situación?", "¿Qué describe mejor la situación de esa persona?", None),
        Step::Time => ours(
            "¿Podría dedicar unos 3 días a la semana, unas horas al día? Son 9 horas o más a la semana, en persona o por video.",
            "¿Esa persona podría dedicar unos 3 días a la semana, unas horas al día? Son 9 horas o más a la semana, en persona o por video.",
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

pub fn answer(a: Answer) -> &'static str {
    match a {
        Answer::Who(Who::Me) => "Para mí (18 años o más)",
        Answer::Who(Who::MeUnder18) => "Para mí (menos de 18 años)",
        Answer::Who(Who::SomeoneICareAbout) => "Para un ser querido",
        Answer::Who(Who::Professional) => "Soy un profesional que ayuda a alguien",
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
        Answer::Impact(Impact::CantManageDailyTasks) => "No puedo con las tareas diarias",
        Answer::Home(Home::Yes) => "Sí",
        Answer::Home(Home::Mostly) => "Casi siempre",
        Answer::Home(Home::No) => "No",
        Answer::Situation(Situation::SteppingDown) => {
            "Salgo del hospital, de un programa residencial o de PHP"
        }
        Answer::Situation(Situation::WeeklyTherapyNotEnough) => {
            "La terapia semanal no fue suficiente"
        }
        Answer::Situation(Situation::NeverHadTreatment) => "Nunca he tenido tratamiento",
        Answer::Situation(Situation::NotSureWantTreatment) => {
            "No estoy seguro(a) de querer tratamiento"
        }
        Answer::Time(TimeAvailable::Yes) => "Sí",
        Answer::Time(TimeAvailable::Maybe) => "Tal vez",
        Answer::Time(TimeAvailable::No) => "No",
    }
}

pub fn outcome(outcome: Outcome, under_18: bool) -> OutcomeText {
    match outcome {
        Outcome::EmergencyNow => OutcomeText {
            title: "Busque ayuda ahora mismo.",
            summary: "No espere. Llame al 911 ahora, o llame al 988 y oprima 2, o envíe AYUDA al 988.",
            involves: "El personal de emergencia y los consejeros de crisis le pueden ayudar a estar a salvo hoy.",
        },
        Outcome::MedicalCareFirst => OutcomeText {
            title: "Vea a un médico primero, antes de IOP.",
            summary: "Puede ser peligroso dejar de usar o usar menos por su cuenta. Un médico le puede ayudar a dejarlo sin peligro.",
            involves: "Atención médica para dejarlo sin peligro, a veces llamada desintoxicación. Puede ser en un hospital o una clínica. Después, IOP puede ser un buen siguiente paso.",
        },
        Outcome::MoreSupportThanIop => OutcomeText {
            title: "Puede necesitar más apoyo que IOP.",
            summary: "Un programa con más horas cada semana le puede ayudar más ahora.",
            involves: "La hospitalización parcial (PHP) es de 20 horas o más a la semana, casi todos los días hábiles, y usted duerme en casa. Un programa residencial da atención de día y de noche.",
        },
        Outcome::Iop if under_18 => OutcomeText {
            title: "IOP puede ser una buena opción.",
            summary: "Un IOP da mucho apoyo unos días a la semana mientras usted vive en casa.",
            involves: "Para adolescentes, IOP es de 6 horas o más a la semana, a menudo después de la escuela. Dura unas 8 a 12 semanas. Tiene terapia de grupo, clases de habilidades y consejería individual. La familia suele participar.",
        },
        Outcome::Iop => OutcomeText {
            title: "IOP puede ser una buena opción.",
            summary: "Un IOP da mucho apoyo unos días a la semana mientras usted vive en casa.",
            involves: "IOP es de unas 9 a 19 horas a la semana: de 3 a 5 días, de 2 a 5 horas al día. Dura unas 8 a 12 semanas. Tiene terapia de grupo, clases de habilidades y consejería individual. Muchos programas también se reúnen por video.",
        },
        Outcome::Outpatient if under_18 => OutcomeText {
            title: "La atención ambulatoria semanal puede ser suficiente.",
            summary: "Sus respuestas muestran algunas señales para hablar con un consejero.",
            involves: "Para adolescentes, la atención ambulatoria es de menos de 6 horas a la semana, a menudo una cita por semana.",
        },
        Outcome::Outpatient => OutcomeText {
            title: "La atención ambulatoria semanal puede ser suficiente.",
            summary: "Sus respuestas muestran algunas señales para hablar con un consejero.",
            involves: "La atención ambulatoria es de menos de 9 horas a la semana, a menudo una cita por semana.",
        },
        Outcome::LearnMore => OutcomeText {
            title: "Puede que no necesite IOP ahora.",
            summary: "Sus respuestas no muestran señales fuertes de que necesite IOP. Aun así puede hablar con alguien.",
            involves: "Si las cosas cambian, puede hacer esta prueba otra vez o llamarnos. Lea las preguntas de abajo para saber más.",
        },
    }
}

pub fn reason(reason: Reason) -> &'static str {
    match reason {
        Reason::DangerNow => "Usted dijo que está en peligro o tiene una emergencia ahora.",
        Reason::SelfHarmThoughts => {
            "Ha tenido pensamientos de muerte o de hacerse daño, o prefirió no decirlo."
        }
        Reason::PastSevereWithdrawal(YesNoUnsure::NotSure) => {
            "No está seguro(a) de si dejar de usar le causó una convulsión, DTs o ver cosas."
        }
        Reason::PastSevereWithdrawal(_) => {
            "Dejar de usar le causó una convulsión, DTs o ver cosas."
        }
        Reason::StrongWithdrawalNow => "Tiene señales fuertes de abstinencia cuando no usa.",
        Reason::BenzoWithdrawal => {
            "Dejar las benzodiacepinas o pastillas para dormir puede causar convulsiones."
        }
        Reason::HealthProblemWithUse => {
            "Un problema de salud o un embarazo hace más riesgoso dejar de usar."
        }
        Reason::CantManageDailyTasks => "Ahora es difícil hacer las tareas diarias.",
        Reason::HomeNotSafe => "La casa no es segura o no apoya la recuperación.",
        Reason::WeeklyTherapyNotEnough => "La terapia semanal no fue suficiente.",
        Reason::SteppingDown => "Está saliendo de un nivel de atención más alto.",
        Reason::DepressionScreen => "Sus respuestas sobre el ánimo indican depresión.",
        Reason::AnxietyScreen => "Sus respuestas sobre la preocupación indican ansiedad.",
        Reason::AlcoholScreen => "Sus respuestas sobre el alcohol indican un consumo de riesgo.",
        Reason::DrugScreen => "Ha usado drogas en el último año.",
        Reason::ProblemsGetInTheWay(Impact::NotAtAll) => {
            "Estos problemas no afectan su vida diaria."
        }
        Reason::ProblemsGetInTheWay(Impact::Somewhat) => {
            "Estos problemas afectan algo su vida diaria."
        }
        Reason::ProblemsGetInTheWay(_) => "Estos problemas afectan mucho su vida diaria.",
        Reason::NoStrongSigns => "Sus respuestas no muestran señales fuertes de un problema.",
    }
}

pub fn flag(flag: Flag) -> &'static str {
    match flag {
        Flag::CrisisLines => "Puede llamar al 988 y oprimir 2, o enviar AYUDA al 988, de día o de noche. Es gratis y privado.",
        Flag::OpioidMedication => "Si usa opioides, pregunte por medicinas como buprenorfina o metadona. Después de una pausa, el cuerpo aguanta menos y sube el riesgo de sobredosis.",
        Flag::AdolescentHours => "Los programas para adolescentes usan horarios para su edad y a menudo son después de la escuela.",
        Flag::ScheduleNote => "Muchos programas se reúnen de noche o por video, para acomodarse al trabajo o la escuela.",
        Flag::ReadinessEncouragement => "Está bien no estar seguro(a). Hablar con alguien no le obliga a empezar. Le puede ayudar a decidir.",
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
                Block::P("La mayoría de los programas duran de 8 a 12 semanas. Se reúne de 3 a 5 días a la semana, unas 2 a 5 horas cada día."),
                Block::P("Eso suma 9 horas o más a la semana. Su equipo puede cambiar la duración según lo que necesite."),
            ],
        },
        FaqId::WhatYouDo => FaqText {
            question: "¿Qué se hace en un IOP?",
            answer: &[
                Block::P("Va a terapia y a grupos de apoyo. Aprende a mantenerse sobrio y a manejar el estrés. Construye una vida sana en recuperación."),
                Block::P("Un día puede incluir una clase de habilidades, una sesión de grupo y tiempo con un consejero. Algunos programas ayudan a buscar trabajo. Muchos dejan tomar algunas sesiones por video."),
            ],
        },
        FaqId::GroupTherapy => FaqText {
            question: "¿La terapia de grupo es parte de IOP?",
            answer: &[
                Block::P("Sí. La terapia de grupo es una parte central de casi todos los programas. Conoce a personas que viven lo mismo que usted."),
                Block::P("Los grupos le pueden ayudar a:"),
                Block::List(&["Tener personas en quien apoyarse", "Sentir que pertenece", "Saber que no está solo(a)", "Practicar cómo relacionarse", "Compartir consejos para los días difíciles", "Hablar sin miedo a que le juzguen"]),
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
                Block::Link("Chat en 988lifeline.org/es", "https://988lifeline.org/es/chat/"),
                Block::P("Para buscar tratamiento, llame a la Línea de Ayuda de SAMHSA al 1-800-662-4357. Es gratis y abre 24/7."),
                Block::Link("Busque atención en FindTreatment.gov", "https://findtreatment.gov/"),
            ],
        },
    }
}
