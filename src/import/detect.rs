//! What a file is, from its content and never its name: a workbook (a zip package, .xlsx or
//! .ods, or the older .xls), an EWP XML response (by its root element), or else CSV text.

/// What a file holds; XML comes with its text (UTF-8, without a byte-order mark).
#[derive(Debug)]
pub(super) enum Kind {
    Csv,
    Workbook,
    Iias(String),
    Institutions(String),
    Factsheet(String),
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1";

/// Whether the bytes are a workbook's: a zip package (.xlsx, .ods) or the older OLE file (.xls).
pub fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP) || bytes.starts_with(OLE)
}

pub(super) fn kind(bytes: &[u8]) -> Result<Kind, String> {
    if is_workbook(bytes) {
        return Ok(Kind::Workbook);
    }
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    // A catalogue given among the files to import (no spreadsheet begins with a brace): read
    // as CSV, it gave a page of errors about columns.
    if body.trim_ascii_start().starts_with(b"{") {
        return Err(
            "a JSON file, such as a catalogue, not one to import: the import reads the \
             office's spreadsheet (CSV, .xlsx, .ods) and EWP XML; the catalogue to merge into \
             is given with --into, and `partner-matcher diff` compares two catalogues"
                .to_owned(),
        );
    }
    if !body.trim_ascii_start().starts_with(b"<") {
        return Ok(Kind::Csv);
    }
    if is_html(body) {
        return Err(
            "the file is a web page (HTML), not an EWP response nor a spreadsheet: a page saved \
             from the browser (the page that shows the response, or a sign-in or error page), or \
             a spreadsheet saved as a web page? Save the EWP response itself, the XML that \
             starts with <iias-get-response>, <institutions-response> or \
             <factsheet-response>; or save the spreadsheet as \"CSV UTF-8\", .xlsx or .ods"
                .to_owned(),
        );
    }
    let text = std::str::from_utf8(body).map_err(|e| {
        format!(
            "the file is XML but not UTF-8 (at byte {}); EWP documents are UTF-8",
            e.valid_up_to()
        )
    })?;
    let root = root_name(text)?;
    let kind = match root.as_str() {
        "iias-get-response" => Kind::Iias,
        "institutions-response" => Kind::Institutions,
        "factsheet-response" => Kind::Factsheet,
        other => {
            return Err(format!(
                "an XML document with the root element <{other}>; the import reads EWP \
                 <iias-get-response>, <institutions-response> and <factsheet-response> \
                 documents"
            ))
        }
    };
    Ok(kind(text.to_owned()))
}

/// The kinds of EWP document an option of the command line takes (`--institutions`,
/// `--factsheet`), rather than leaving the kind to the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Given {
    Institutions,
    Factsheet,
}

impl Given {
    /// The option, and the kind of file it takes.
    fn option(self) -> (&'static str, Kind) {
        match self {
            Given::Institutions => ("--institutions", Kind::Institutions(String::new())),
            Given::Factsheet => ("--factsheet", Kind::Factsheet(String::new())),
        }
    }
}

impl Kind {
    /// What the file is, in the words of a message.
    fn described(&self) -> &'static str {
        match self {
            Kind::Csv => "text, read as a CSV spreadsheet",
            Kind::Workbook => "a spreadsheet workbook (.xlsx, .ods or .xls)",
            Kind::Iias(_) => "an EWP IIAs response (<iias-get-response>)",
            Kind::Institutions(_) => "an EWP Institutions response (<institutions-response>)",
            Kind::Factsheet(_) => "an EWP Factsheet response (<factsheet-response>)",
        }
    }

    /// Where on the command line a file of this kind is given.
    fn given_with(&self) -> &'static str {
        match self {
            Kind::Csv | Kind::Workbook => "give it among the files to import, without an option",
            Kind::Iias(_) => "give it among the files to import, with --home-hei",
            Kind::Institutions(_) => "give it with --institutions",
            Kind::Factsheet(_) => "give it with --factsheet",
        }
    }
}

/// Why a file given with `--institutions` or `--factsheet` is not what that option takes:
/// what it is, and the option (or place) that takes it; `None` when it is the right kind.
pub(super) fn wrong_kind(kind: &Kind, given: Given) -> Option<String> {
    if matches!(
        (kind, given),
        (Kind::Institutions(_), Given::Institutions) | (Kind::Factsheet(_), Given::Factsheet)
    ) {
        return None;
    }
    let (option, wanted) = given.option();
    Some(format!(
        "this is {}, not {}, the kind {option} takes: {}",
        kind.described(),
        wanted.described(),
        kind.given_with()
    ))
}

/// Whether the text is a web page: its first tag, after an XML declaration, comments and
/// white space, is `<!DOCTYPE html>`, `<html>`, `<head>` or `<body>`, in any case.
fn is_html(body: &[u8]) -> bool {
    let start: Vec<u8> = body.iter().take(4096).map(u8::to_ascii_lowercase).collect();
    let mut rest = start.trim_ascii_start();
    loop {
        let (open, close): (&[u8], &[u8]) = if rest.starts_with(b"<?") {
            (b"<?", b"?>")
        } else if rest.starts_with(b"<!--") {
            (b"<!--", b"-->")
        } else {
            break;
        };
        let inside = &rest[open.len()..];
        let Some(end) = inside.windows(close.len()).position(|w| w == close) else {
            return false;
        };
        rest = inside[end + close.len()..].trim_ascii_start();
    }
    [&b"<!doctype html"[..], b"<html", b"<head", b"<body"]
        .into_iter()
        .any(|tag| {
            rest.strip_prefix(tag)
                .is_some_and(|after| after.first().is_none_or(|b| !b.is_ascii_alphanumeric()))
        })
}

/// The local name of the root element, or where the XML is broken.
fn root_name(text: &str) -> Result<String, String> {
    roxmltree::Document::parse(text)
        .map(|doc| doc.root_element().tag_name().name().to_owned())
        .map_err(|e| format!("the file is not well-formed XML: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_not_the_name() {
        assert!(matches!(kind(b"a,b\n1,2\n"), Ok(Kind::Csv)));
        assert!(matches!(kind(b"PK\x03\x04rest"), Ok(Kind::Workbook)));
        assert!(matches!(
            kind(b"\xef\xbb\xbf\n <factsheet-response xmlns=\"x\"/>"),
            Ok(Kind::Factsheet(_))
        ));
        assert!(kind(b"<feed></feed>").is_err_and(|e| e.contains("<feed>")));
        assert!(kind(b"\n{\"format\": 1}").is_err_and(|e| e.contains("--into")));
        assert!(kind(b"<iias-get-response>").is_err_and(|e| e.contains("not well-formed")));
    }

    #[test]
    fn a_web_page_is_told_apart_from_xml() {
        for page in [
            &b"<!DOCTYPE html>\n<html><head></head></html>"[..],
            b"\n<!doctype html><title>Sign in</title>",
            b"<?xml version=\"1.0\"?>\n<!-- saved -->\n<html xmlns=\"x\"><body/></html>",
            b"<HTML>\n<BODY>Fran\xe7ais</BODY></HTML>",
            b"<head><meta charset=\"utf-8\"></head>",
        ] {
            assert!(is_html(page), "{}", String::from_utf8_lossy(page));
            assert!(kind(page).is_err_and(|e| e.contains("a web page (HTML)")));
        }
        for xml in [
            &b"<?xml version=\"1.0\"?><iias-get-response/>"[..],
            b"<!-- <html> --><factsheet-response/>",
            b"<htmlish/>",
            b"<?xml version=\"1.0\"",
        ] {
            assert!(!is_html(xml), "{}", String::from_utf8_lossy(xml));
        }
    }

    #[test]
    fn a_file_of_another_kind_than_its_option_takes_is_named_with_the_option_for_it() {
        let factsheet = Kind::Factsheet(String::new());
        assert_eq!(wrong_kind(&factsheet, Given::Factsheet), None);
        assert_eq!(
            wrong_kind(&factsheet, Given::Institutions).as_deref(),
            Some(
                "this is an EWP Factsheet response (<factsheet-response>), not an EWP \
                 Institutions response (<institutions-response>), the kind --institutions \
                 takes: give it with --factsheet"
            )
        );
        let institutions = Kind::Institutions(String::new());
        assert_eq!(wrong_kind(&institutions, Given::Institutions), None);
        assert!(wrong_kind(&institutions, Given::Factsheet).is_some_and(
            |e| e.ends_with("the kind --factsheet takes: give it with --institutions")
        ));
        for (kind, words) in [
            (Kind::Iias(String::new()), "with --home-hei"),
            (Kind::Csv, "text, read as a CSV spreadsheet"),
            (Kind::Workbook, "without an option"),
        ] {
            for given in [Given::Institutions, Given::Factsheet] {
                assert!(
                    wrong_kind(&kind, given).is_some_and(|e| e.contains(words)),
                    "{kind:?} {given:?}"
                );
            }
        }
    }
}
