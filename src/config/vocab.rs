//! Wire vocabularies: each closed set of words an attribute, an option or
//! a link carries, declared once with its spellings. [`vocabulary!`] gives
//! every one `ALL`, `SPELLINGS`, `as_str` (the canonical word), `short`
//! (the shortest spelling, which links use) and `parse` (exact match of
//! any spelling; callers trim first).

/// Declares a vocabulary: `Variant = "canonical" | "alias" ...`.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in the order declared.
            pub const ALL: [$name; { [$($wire),+].len() }] = [$($name::$variant),+];

            /// Every accepted spelling with its value, canonical ones first
            /// within each value.
            pub const SPELLINGS: &'static [(&'static str, $name)] =
                &[$( ($wire, $name::$variant) $(, ($alias, $name::$variant))* ),+];

            /// The canonical spelling.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $wire ),+
                }
            }

            /// The shortest spelling: what links carry, to keep QR codes small.
            pub fn short(self) -> &'static str {
                let mut best = self.as_str();
                for (spelling, value) in Self::SPELLINGS {
                    if *value == self && spelling.len() < best.len() {
                        best = spelling;
                    }
                }
                best
            }

            /// The value for any of its spellings, exactly as written.
            pub fn parse(word: &str) -> Option<Self> {
                match word {
                    $( $wire $(| $alias)* => Some($name::$variant), )+
                    _ => None,
                }
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// Which parts of the widget to show.
    #[derive(Default)]
    pub enum View {
        Checker = "checker",
        Faq = "faq",
        #[default]
        Both = "both",
    }
}

vocabulary! {
    /// Light or dark colours.
    #[derive(Default)]
    pub enum Scheme {
        Light = "light",
        Dark = "dark",
        /// Match the host page around the placeholder. The loader's one rule
        /// (`hostScheme` in js/loader.js) settles it to light or dark, for
        /// its painted first view and for the Wasm's mount alike.
        #[default]
        Auto = "auto",
        /// Follow the visitor's system setting (`prefers-color-scheme`).
        System = "system",
    }
}

vocabulary! {
    /// How the check opens: "leaving the hospital" words the start for
    /// someone stepping down from inpatient or residential care. Links
    /// have always written `hospital`; attributes `leaving-hospital`. Both
    /// spellings are read everywhere, so printed QR codes keep working.
    #[derive(Default)]
    pub enum Context {
        #[default]
        General = "general",
        LeavingHospital = "leaving-hospital" | "hospital",
    }
}

vocabulary! {
    /// When the loader fetches the Wasm for a placeholder (`data-iop-load`).
    /// The loader acts on it; the Wasm only checks it, so a bad value warns.
    #[derive(Default)]
    pub enum LoadMode {
        /// When the widget is within about a screen of the viewport.
        #[default]
        Visible = "visible",
        /// On the first touch, pointer, focus or key inside the widget.
        Interaction = "interaction",
        /// When the browser is idle.
        Idle = "idle",
        /// At once, after the page's `load`.
        Eager = "eager",
    }
}

vocabulary! {
    /// A level of care a partner may offer (`data-iop-programs`).
    pub enum Program {
        Iop = "iop",
        Php = "php",
        Outpatient = "outpatient",
    }
}

vocabulary! {
    /// How the widget shows on the page (`data-iop-mode`). The loader
    /// acts on it before loading: a launcher's button and dialog are its
    /// own painted markup, into whose dialog the Wasm mounts the app.
    #[derive(Default)]
    pub enum Mode {
        /// The widget in the page where the placeholder is.
        #[default]
        Inline = "inline",
        /// Only a button, which opens the check in a modal dialog.
        Button = "button",
        /// No button: the partner opens the dialog (`IOPCheck.open`, or an
        /// element with `data-iop-opens`).
        Dialog = "dialog",
    }
}
