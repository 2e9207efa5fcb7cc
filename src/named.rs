//! `named_enum!`: a closed set of values with their names, written once. It defines the enum,
//! `ALL` (in declaration order), `as_str` and `parse`; with a leading `serde`, each variant
//! also serialises as its name, so the JSON names cannot drift from `as_str`. It sits at the
//! crate root so that `catalogue` (its `vocabulary!`), `search` and `geo` share it without
//! depending on each other.

/// `named_enum! { [serde] #[attrs] pub enum Name { Variant = "name", ... } }`.
macro_rules! named_enum {
    (serde $(#[$attr:meta])* $vis:vis enum $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$attr])*
        $vis enum $name {
            $(#[serde(rename = $text)] $variant),+
        }
        named_enum!(@impl $name { $($variant = $text),+ });
    };
    ($(#[$attr:meta])* $vis:vis enum $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$attr])*
        $vis enum $name {
            $($variant),+
        }
        named_enum!(@impl $name { $($variant = $text),+ });
    };
    (@impl $name:ident { $($variant:ident = $text:literal),+ }) => {
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The value's name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The value named `text` (exactly as `as_str` writes it).
            pub fn parse(text: &str) -> Option<$name> {
                match text {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use named_enum;
