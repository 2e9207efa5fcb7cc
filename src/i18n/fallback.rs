//! The words of the static list of partners (`partner-matcher render`).

use super::Text;

pub const TITLE_FOR: Text = Text::new(
    "Partner schools and BIPs for {}",
    "Partnerscholen en BIP's voor {}",
);
pub const TITLE_ALL: Text = Text::new("Partner schools and BIPs", "Partnerscholen en BIP's");
pub const NONE: Text = Text::new(
    "There are no partner schools or BIPs for this programme yet.",
    "Er zijn nog geen partnerscholen of BIP's voor deze opleiding.",
);
pub const WEBSITE: Text = Text::new("website", "website");
pub const MORE: Text = Text::new("More about this BIP", "Meer over deze BIP");
pub const RELATED: Text = Text::new(
    "Also open to related programmes",
    "Ook open voor verwante opleidingen",
);
pub const FOR_PROGRAMMES: Text = Text::new("for {}", "voor {}");
