//! Pan and zoom: which part of a frame the map shows. Pure arithmetic on fractions of the
//! frame, so the same steps work for mouse, touch and keyboard.

use super::outline::push_int;
use super::projection::{Frame, Rect};

/// The most the map zooms in (a Europe frame then shows about 290 km across).
pub const MAX_ZOOM: f64 = 16.0;
/// One keyboard or button step.
pub const ZOOM_STEP: f64 = 1.5;
/// One arrow key: this share of what is visible.
pub const PAN_STEP: f64 = 0.2;

/// The visible part of a frame: its zoom (1 = the whole frame) and its centre, as fractions
/// of the frame's width and height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    pub zoom: f64,
    pub cx: f64,
    pub cy: f64,
}

impl Default for Camera {
    fn default() -> Camera {
        Camera {
            zoom: 1.0,
            cx: 0.5,
            cy: 0.5,
        }
    }
}

impl Camera {
    /// Zoomed by `factor` around the centre of the view (the buttons and keys zoom so).
    pub fn zoomed(self, factor: f64) -> Camera {
        Camera {
            zoom: self.zoom * factor,
            ..self
        }
        .clamped()
    }

    /// Moved by (`dx`, `dy`) fractions of the visible part (positive: the view goes east and
    /// south, the map moves the other way).
    pub fn panned(self, dx: f64, dy: f64) -> Camera {
        Camera {
            cx: self.cx + dx / self.zoom,
            cy: self.cy + dy / self.zoom,
            ..self
        }
        .clamped()
    }

    /// The centre stays on the frame, the zoom within its limits (`max` and `min` also turn
    /// a NaN into a limit, where `clamp` would keep it).
    #[allow(clippy::manual_clamp)]
    fn clamped(self) -> Camera {
        Camera {
            zoom: self.zoom.max(1.0).min(MAX_ZOOM),
            cx: self.cx.max(0.0).min(1.0),
            cy: self.cy.max(0.0).min(1.0),
        }
    }

    /// The view that shows these points of `frame`'s plane (with a margin), within the frame
    /// and zoomed in at most 4 times: the whole frame when there are none.
    pub fn fitting(frame: Frame, points: &[(f64, f64)]) -> Camera {
        let r = frame.rect();
        let Some(&(x, y)) = points.first() else {
            return Camera::default();
        };
        let (mut x0, mut y0, mut x1, mut y1) = (x, y, x, y);
        for &(x, y) in points {
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
        }
        let zoom = (r.w / ((x1 - x0) * 1.3)).min(r.h / ((y1 - y0) * 1.3));
        Camera {
            zoom: zoom.min(4.0),
            cx: ((x0 + x1) / 2.0 - r.x) / r.w,
            cy: ((y0 + y1) / 2.0 - r.y) / r.h,
        }
        .clamped()
    }

    /// The visible rectangle of `frame`.
    pub fn visible(self, frame: Frame) -> Rect {
        let r = frame.rect();
        let (w, h) = (r.w / self.zoom, r.h / self.zoom);
        Rect {
            x: r.x + self.cx * r.w - w / 2.0,
            y: r.y + self.cy * r.h - h / 2.0,
            w,
            h,
        }
    }

    /// The SVG `viewBox` of the visible rectangle, in whole kilometres.
    pub fn view_box(self, frame: Frame) -> String {
        let r = self.visible(frame);
        let mut out = String::new();
        for (i, v) in [r.x, r.y, r.w, r.h].into_iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            push_int(&mut out, v.round() as i32);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_on_the_whole_frame() {
        let c = Camera::default();
        assert_eq!(c.visible(Frame::Europe), Frame::Europe.rect());
        assert_eq!(c.view_box(Frame::Europe), "-2000 -2200 4600 4200");
    }

    #[test]
    fn fits_the_points_with_a_margin_and_at_most_four_times_closer() {
        assert_eq!(Camera::fitting(Frame::World, &[]), Camera::default());
        // Chicago and Ghent on the world plane: the North Atlantic.
        let points = [(-7000.0, -5300.0), (300.0, -6000.0)];
        let c = Camera::fitting(Frame::World, &points);
        let r = c.visible(Frame::World);
        for (x, y) in points {
            assert!(
                x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h,
                "{x},{y} in {r:?}"
            );
        }
        assert!(c.zoom > 3.0, "{}", c.zoom);
        // One city: no closer than 4 times.
        assert_eq!(Camera::fitting(Frame::Europe, &[(0.0, 0.0)]).zoom, 4.0);
        // All over the frame: the whole frame.
        let corners = [(-2000.0, -2200.0), (2600.0, 2000.0)];
        assert_eq!(Camera::fitting(Frame::Europe, &corners).zoom, 1.0);
    }

    #[test]
    fn zooming_in_and_out_around_the_centre_returns() {
        let c = Camera::default().zoomed(ZOOM_STEP);
        assert_eq!(c.zoom, 1.5);
        assert_eq!(c.zoomed(1.0 / ZOOM_STEP), Camera::default());
    }

    #[test]
    fn zooming_keeps_the_centre() {
        let c = Camera::default().panned(0.1, -0.2).zoomed(2.0);
        let (before, after) = (
            Camera::default().panned(0.1, -0.2).visible(Frame::World),
            c.visible(Frame::World),
        );
        let centre = |r: Rect| (r.x + r.w / 2.0, r.y + r.h / 2.0);
        let (a, b) = (centre(before), centre(after));
        assert!((a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6);
        assert!((after.w * 2.0 - before.w).abs() < 1e-6);
    }

    #[test]
    fn zoom_stays_between_the_whole_frame_and_the_limit() {
        let mut c = Camera::default();
        for _ in 0..20 {
            c = c.zoomed(ZOOM_STEP);
        }
        assert_eq!(c.zoom, MAX_ZOOM);
        for _ in 0..20 {
            c = c.zoomed(1.0 / ZOOM_STEP);
        }
        assert_eq!(c.zoom, 1.0);
    }

    #[test]
    fn panning_moves_by_a_share_of_the_visible_part_and_stays_on_the_frame() {
        let c = Camera::default().zoomed(2.0).panned(PAN_STEP, 0.0);
        assert!((c.cx - 0.6).abs() < 1e-9, "{}", c.cx);
        let mut far = c;
        for _ in 0..50 {
            far = far.panned(-PAN_STEP, PAN_STEP);
        }
        assert_eq!((far.cx, far.cy), (0.0, 1.0));
        assert_eq!(c.panned(f64::NAN, 0.0).cx, 0.0);
        assert_eq!(c.zoomed(f64::NAN).zoom, 1.0);
    }
}
