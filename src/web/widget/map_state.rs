//! The map view's part of the widget's state, and what each map action does to it. Pure: no
//! DOM access. (The reducer hands every `Action::Map` here.)

use std::rc::Rc;

use yew::AttrValue;

use crate::map::{Camera, Frame, ZOOM_STEP};
use crate::shortlist::Key;

/// The outlines' land and border paths in both frames, as the file has their markup.
#[derive(Debug)]
pub struct Drawn {
    pub europe: AttrValue,
    pub world: AttrValue,
}

impl Drawn {
    /// The land and border paths of `frame`.
    pub fn of(&self, frame: Frame) -> &AttrValue {
        match frame {
            Frame::Europe => &self.europe,
            Frame::World => &self.world,
        }
    }
}

/// Where the outlines are in their loading.
#[derive(Debug, Clone, Default)]
pub enum Outlines {
    #[default]
    Waiting,
    Failed,
    Ready(Rc<Drawn>),
}

impl PartialEq for Outlines {
    fn eq(&self, other: &Outlines) -> bool {
        match (self, other) {
            (Outlines::Ready(a), Outlines::Ready(b)) => Rc::ptr_eq(a, b),
            (Outlines::Waiting, Outlines::Waiting) | (Outlines::Failed, Outlines::Failed) => true,
            _ => false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapState {
    /// The map is shown instead of the list.
    pub open: bool,
    /// The view the student moved to, in its frame: when the results need another frame, or
    /// after "show all", the map shows the view that fits them.
    pub moved: Option<(Frame, Camera)>,
    /// The key of the chosen city (`Marker::key`).
    pub selected: Option<String>,
    pub outlines: Outlines,
}

impl MapState {
    /// The view of the map drawn in `frame`, whose results `fit` shows.
    pub fn camera_for(&self, frame: Frame, fit: Camera) -> Camera {
        match self.moved {
            Some((f, camera)) if f == frame => camera,
            _ => fit,
        }
    }
}

/// The map as shown when the student acts on it: its frame and view.
pub type Shown = (Frame, Camera);

/// What a student does on the map, and what arrives for it.
#[derive(Debug, Clone, PartialEq)]
pub enum MapAction {
    /// Show the map (true) or the list.
    Show(bool),
    /// Zoom the map as shown by a factor around its centre, then move it by fractions of the
    /// visible part (a zoom alone: 0, 0; a move alone: factor 1).
    Move(Shown, f64, f64, f64),
    /// Back to the view that fits the results.
    Reset,
    /// Choose a city (its key), or none.
    Select(Option<String>),
    /// Open a result in the list: it is shown (enough pages, `usize`) and its card gets focus.
    Reveal(Key, usize),
    /// From the keyboard on a marker: the element this selector finds (the marker) gets focus
    /// back if the next drawing took it away (a zoom draws the markers anew).
    Keep(String),
    Outlines(Outlines),
}

/// The keyboard's zoom steps as factors.
pub const IN: f64 = ZOOM_STEP;
pub const OUT: f64 = 1.0 / ZOOM_STEP;
