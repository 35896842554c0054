//! FAQ items: stable ids a partner lists in `data-iop-faq`, and the shape
//! of an answer (paragraphs, lists, a comparison table, links).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FaqId {
    WhatIsIop,
    HowLong,
    WhatYouDo,
    GroupTherapy,
    Insurance,
    Compare,
    WorkOrSchool,
    Online,
    Crisis,
}

impl FaqId {
    /// Default order: the seed article's five, then what people ask next.
    pub const ALL: [FaqId; 9] = [
        FaqId::WhatIsIop,
        FaqId::HowLong,
        FaqId::WhatYouDo,
        FaqId::GroupTherapy,
        FaqId::Insurance,
        FaqId::Compare,
        FaqId::WorkOrSchool,
        FaqId::Online,
        FaqId::Crisis,
    ];

    pub fn id(self) -> &'static str {
        match self {
            FaqId::WhatIsIop => "what-is-iop",
            FaqId::HowLong => "how-long",
            FaqId::WhatYouDo => "what-you-do",
            FaqId::GroupTherapy => "group-therapy",
            FaqId::Insurance => "insurance",
            FaqId::Compare => "compare",
            FaqId::WorkOrSchool => "work-or-school",
            FaqId::Online => "online",
            FaqId::Crisis => "crisis",
        }
    }

    pub fn from_id(id: &str) -> Option<FaqId> {
        FaqId::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// One piece of an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    P(&'static str),
    List(&'static [&'static str]),
    /// Header row, then rows; the first cell of each row is its header.
    Table(&'static [&'static [&'static str]]),
    /// A link: visible text and an https, tel: or sms: address.
    Link(&'static str, &'static str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FaqText {
    pub question: &'static str,
    pub answer: &'static [Block],
}
