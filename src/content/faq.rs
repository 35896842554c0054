//! FAQ items: stable ids a partner lists in `data-iop-faq`, and the shape
//! of an answer (paragraphs, lists, a comparison table, links).

crate::config::vocab::vocabulary! {
    /// An FAQ item's stable id. Declared in the default order: the seed
    /// article's five, then what people ask next.
    pub enum FaqId {
        WhatIsIop = "what-is-iop",
        HowLong = "how-long",
        WhatYouDo = "what-you-do",
        GroupTherapy = "group-therapy",
        Insurance = "insurance",
        Compare = "compare",
        WorkOrSchool = "work-or-school",
        Online = "online",
        Crisis = "crisis",
    }
}

impl FaqId {
    pub fn id(self) -> &'static str {
        self.as_str()
    }

    pub fn from_id(id: &str) -> Option<FaqId> {
        FaqId::parse(id)
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
