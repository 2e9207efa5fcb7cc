//! What the home school tells its students besides where it is: whom to ask (the
//! international office) and how many choices its application ranks. Both optional in the
//! catalogue's `home`; read in `read_model.rs`, checked in `validate_values.rs`.

use serde::{Deserialize, Serialize};

use super::values::WebUrl;

/// How students reach the international office.
#[serde_with::skip_serializing_none]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct HomeContact {
    /// The office's e-mail address ("Send to my coordinator" writes to it).
    #[cfg_attr(not(target_arch = "wasm32"), schemars(length(max = 254)))]
    pub email: Option<String>,
    /// The office's web page.
    pub url: Option<WebUrl>,
}

/// How many partner schools the application asks a student to rank, in Europe and outside
/// Europe (as the `region` filter counts countries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Application {
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 20)))]
    pub europe: u32,
    #[cfg_attr(not(target_arch = "wasm32"), schemars(range(min = 0, max = 20)))]
    pub outside_europe: u32,
}
