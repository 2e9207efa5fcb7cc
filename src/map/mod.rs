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

mod camera;
mod markers;
mod outline;
mod projection;

pub use camera::{Camera, MAX_ZOOM, PAN_STEP, ZOOM_STEP};
pub use markers::{Marker, Markers};
pub use outline::{push_int, Outlines};
pub use projection::{Frame, Rect};
