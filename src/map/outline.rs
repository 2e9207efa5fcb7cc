//! The map's outlines: land and the borders between countries, as `tools/outlines.mjs`
//! writes them (`outlines.txt`: one line per ring, `L` land or `B` border, then the first
//! point and the steps to the next, in hundredths of a degree), and their SVG paths.

use super::projection::Frame;

/// A land ring or a border line, in hundredths of a degree (longitude, latitude).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub land: bool,
    pub points: Vec<(i32, i32)>,
}

/// Every line of an outline file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outlines {
    pub lines: Vec<Line>,
}

/// The SVG paths of the outlines in one frame: the land (filled) and the borders (stroked).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Paths {
    pub land: String,
    pub borders: String,
}

impl Outlines {
    /// Reads an outline file; a bad line is named by its number.
    pub fn parse(text: &str) -> Result<Outlines, String> {
        let mut lines = Vec::new();
        for (n, row) in text.lines().enumerate() {
            let mut words = row.split(' ');
            let land = match words.next() {
                Some("L") => true,
                Some("B") => false,
                _ => continue, // the heading, blank lines, kinds of a later version
            };
            let bad = || format!("outlines, line {}: not a list of whole numbers", n + 1);
            let (mut x, mut y, mut points) = (0i32, 0i32, Vec::new());
            while let Some(dx) = words.next() {
                let Some(dy) = words.next() else {
                    return Err(bad());
                };
                let (Ok(dx), Ok(dy)) = (dx.parse::<i32>(), dy.parse::<i32>()) else {
                    return Err(bad());
                };
                x = x.saturating_add(dx);
                y = y.saturating_add(dy);
                points.push((x, y));
            }
            if points.is_empty() {
                return Err(bad());
            }
            lines.push(Line { land, points });
        }
        Ok(Outlines { lines })
    }

    /// The outlines projected in `frame`, in whole kilometres. A ring the frame cannot show
    /// whole is left out.
    pub fn paths(&self, frame: Frame) -> Paths {
        let mut paths = Paths::default();
        let mut points: Vec<(i32, i32)> = Vec::new();
        'lines: for line in &self.lines {
            points.clear();
            for &(lon, lat) in &line.points {
                let Some((x, y)) = frame.project(f64::from(lon) / 100.0, f64::from(lat) / 100.0)
                else {
                    continue 'lines;
                };
                let p = (x.round() as i32, y.round() as i32);
                if points.last() != Some(&p) {
                    points.push(p);
                }
            }
            let out = if line.land {
                &mut paths.land
            } else {
                &mut paths.borders
            };
            for (i, &(x, y)) in points.iter().enumerate() {
                out.push(if i == 0 { 'M' } else { ' ' });
                push_int(out, x);
                out.push(' ');
                push_int(out, y);
            }
            if line.land && !points.is_empty() {
                out.push('Z');
            }
        }
        paths
    }
}

/// Writes a whole number (the formatting machinery would weigh more in the download).
pub fn push_int(out: &mut String, n: i32) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 10];
    let (mut n, mut len) = (n.unsigned_abs(), 0);
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits[..len].iter().rev() {
        out.push(char::from(d));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rings_and_borders_as_steps_from_the_first_point() {
        let text = "# heading\nL 100 200 5 -5 -5 0\nB -300 4000 1 1\n";
        let o = Outlines::parse(text).unwrap();
        assert_eq!(o.lines.len(), 2);
        assert!(o.lines[0].land);
        assert_eq!(o.lines[0].points, vec![(100, 200), (105, 195), (100, 195)]);
        assert!(!o.lines[1].land);
        assert_eq!(o.lines[1].points, vec![(-300, 4000), (-299, 4001)]);
    }

    #[test]
    fn names_the_line_of_a_bad_number_or_an_odd_count() {
        assert_eq!(
            Outlines::parse("#\nL 1 2\nL 1 x").unwrap_err(),
            "outlines, line 3: not a list of whole numbers"
        );
        assert!(Outlines::parse("L 1 2 3").is_err());
        assert!(Outlines::parse("B").is_err());
    }

    #[test]
    fn paths_are_closed_for_land_and_open_for_borders() {
        let o = Outlines::parse("L 1000 5200 100 0 0 100\nB 1000 5200 0 100").unwrap();
        let p = o.paths(Frame::Europe);
        assert!(p.land.starts_with("M0 0 "), "{}", p.land);
        assert!(p.land.ends_with('Z'));
        assert!(p.borders.starts_with('M') && !p.borders.ends_with('Z'));
        assert!(
            p.borders.contains(" -111"),
            "a degree north is 111 km up: {}",
            p.borders
        );
    }

    #[test]
    fn rings_on_the_far_side_of_the_earth_are_left_out_of_europe() {
        let o = Outlines::parse("L 17480 -4130 10 0 0 10").unwrap();
        assert_eq!(o.paths(Frame::Europe).land, "");
        assert_ne!(o.paths(Frame::World).land, "");
    }

    #[test]
    fn writes_whole_numbers() {
        let mut s = String::new();
        for n in [0, 7, -7, 1234, i32::MIN, i32::MAX] {
            push_int(&mut s, n);
            s.push(',');
        }
        assert_eq!(s, "0,7,-7,1234,-2147483648,2147483647,");
    }

    #[test]
    fn the_built_outlines_parse_if_present() {
        // `make build` writes them; the unit tests do not need them.
        if let Ok(text) = std::fs::read_to_string("www/pkg/outlines.txt") {
            let o = Outlines::parse(&text).unwrap();
            assert!(o.lines.len() > 100);
            assert!(o.paths(Frame::Europe).land.len() > 10_000);
        }
    }
}
