//! The map's outlines file, `outlines.txt` (`tools/outlines.mjs` writes it at `make build`
//! from Natural Earth): for each frame, SVG markup of its land and border paths, already
//! projected, which the widget inserts as it is (one raw node). Its probe lines let the tests
//! check that the tool projects as `projection` does (the markers are projected here, the
//! outlines there).

use super::projection::Frame;

/// The markup of each frame's outlines.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outlines {
    pub europe: String,
    pub world: String,
}

impl Outlines {
    /// Picks the two frames' markup out of the file; an error names what is missing.
    pub fn parse(text: &str) -> Result<Outlines, String> {
        let mut o = Outlines::default();
        // split, not lines: the tool writes \n, and `lines` is another iterator in the download.
        for line in text.split('\n') {
            let slot = match line.split_once(' ') {
                Some(("E", markup)) => (&mut o.europe, markup),
                Some(("W", markup)) => (&mut o.world, markup),
                _ => continue, // the heading, probes, kinds of a later version
            };
            slot.1.clone_into(slot.0);
        }
        if o.europe.is_empty() || o.world.is_empty() {
            return Err("outlines: no land (lines E and W)".to_owned());
        }
        Ok(o)
    }

    /// The markup of `frame`.
    pub fn of(&self, frame: Frame) -> &str {
        match frame {
            Frame::Europe => &self.europe,
            Frame::World => &self.world,
        }
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
    fn picks_the_markup_of_each_frame() {
        let text = "# heading\nE <path d=\"M1 2l3 4z\"/>\nW <path d=\"M7 8l1-1z\"/>\nP E 1 2 3 4\n";
        let o = Outlines::parse(text).unwrap();
        assert_eq!(o.of(Frame::Europe), "<path d=\"M1 2l3 4z\"/>");
        assert_eq!(o.of(Frame::World), "<path d=\"M7 8l1-1z\"/>");
    }

    #[test]
    fn a_file_without_land_is_refused_in_words() {
        let e = Outlines::parse("# only a heading\n").unwrap_err();
        assert_eq!(e, "outlines: no land (lines E and W)");
        assert!(Outlines::parse("E <path/>\n").is_err());
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

    /// The tool projects the outlines as `projection` projects the markers (its probe lines),
    /// so a marker sits on its city. The file is `make build`'s: `make test-e2e` runs this test
    /// after the build with `OUTLINES_BUILT=1`; a plain `cargo test` skips it (the file may be
    /// missing, or older than the code).
    #[test]
    fn the_built_outlines_are_projected_as_the_markers_are() {
        if std::env::var_os("OUTLINES_BUILT").is_none() {
            return;
        }
        let text = std::fs::read_to_string("www/pkg/outlines.txt")
            .unwrap_or_else(|e| panic!("www/pkg/outlines.txt, written by make build: {e}"));
        let o = Outlines::parse(&text).unwrap();
        for markup in [&o.europe, &o.world] {
            assert!(markup.len() > 10_000, "{} bytes", markup.len());
            assert!(markup.starts_with("<path class=\"pm-land\" d=\"M"));
            assert!(markup.contains("\"/><path class=\"pm-borders\" d=\"M"));
            assert!(markup.ends_with("\"/>"));
        }
        let mut probes = 0;
        for line in text.lines().filter(|l| l.starts_with("P ")) {
            let f: Vec<&str> = line.split(' ').collect();
            let frame = if f[1] == "E" {
                Frame::Europe
            } else {
                Frame::World
            };
            let n = |i: usize| f[i].parse::<f64>().unwrap();
            let (x, y) = frame.project(n(2), n(3)).unwrap();
            assert!(
                (x - n(4)).abs() < 0.01 && (y - n(5)).abs() < 0.01,
                "{line}: {x} {y}"
            );
            probes += 1;
        }
        assert!(probes >= 4);
    }
}
