//! The map of results (issue 14), in plain Rust: the widget's map view draws what these
//! compute.
//!
//! - `projection`: the two frames (Europe in Lambert azimuthal equal-area, the world in Equal
//!   Earth) and which one fits a set of places.
//! - `outline`: the country outlines file (`tools/outlines.mjs` projects Natural Earth's
//!   outlines into both frames as SVG paths).
//! - `markers`: a search's results grouped into one marker per city, in keyboard order, with
//!   their names.
//! - `camera`: pan and zoom.
//! - `svg`, `markup`: the markers, the zoom tools, the legend and the chosen city's results as
//!   markup text, which the widget inserts as raw nodes.

mod camera;
mod markers;
mod markup;
mod outline;
mod projection;
mod svg;

pub use camera::{Camera, MAX_ZOOM, PAN_STEP, ZOOM_STEP};
pub use markers::{Marker, Markers};
pub use markup::{legend_and_choice, switch, tools};
pub use outline::{push_int, Outlines};
pub use projection::{Frame, Rect};
