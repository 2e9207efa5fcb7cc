//! The JSON tree (`json.rs`): numbers, members in order, syntax errors.

use super::*;

fn number(text: &str) -> Number {
    match parse(text).map(|tree| tree.root) {
        Ok(Some(Json::Number(n))) => n,
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn numbers_are_read_as_json_defines_them() {
    assert_eq!(number("18446744073709551615"), Number::Unsigned(u64::MAX));
    assert_eq!(
        number("18446744073709551616"),
        Number::Float(18446744073709551616.0)
    );
    assert_eq!(number("-3"), Number::Negative(-3));
    let tiny = number("1e-320").as_f64();
    assert!(tiny > 0.0 && !tiny.is_normal(), "{tiny}");
    assert_eq!(tiny, "1e-320".parse::<f64>().unwrap_or_default());
    assert_eq!(number("0.1e-2147483648").as_f64(), 0.0);
    assert_eq!(
        number("0.30000000000000004441").as_f64(),
        "0.30000000000000004441".parse::<f64>().unwrap_or_default()
    );
    assert!(parse("1e400").is_err());
    assert_eq!(number("2.0").as_u32(), Some(2));
    assert_eq!(number("2.5").as_u32(), None);
    assert_eq!(number("-1").as_u32(), None);
}

/// The browser build's serde_json (`arbitrary_precision`) hands a fraction over as an
/// object of one member, the number's text under a key that is not in the text.
#[test]
fn numbers_given_as_text_are_read_as_numbers() {
    use serde::de::value::{Error, MapDeserializer};
    let as_text = |text: &str| {
        let mut tree = Tree::default();
        let member = [(NUMBER_TOKEN, text.to_owned())];
        TreeSeed {
            tree: &mut tree,
            open: &mut Vec::new(),
        }
        .deserialize(MapDeserializer::<_, Error>::new(member.into_iter()))
        .map_err(|e| e.to_string())
    };
    let tiny = as_text("1e-320");
    assert_eq!(tiny, Ok(Json::Number(Number::Float(1e-320))));
    assert_eq!(
        as_text("0.30000000000000004441"),
        Ok(Json::Number(Number::Float(0.30000000000000004)))
    );
    assert_eq!(as_text("1e+400"), Err("number out of range".to_owned()));
    // The same key written in the text is a key.
    let tree = parse(r#"{"$serde_json::private::Number": "1"}"#).expect("JSON");
    assert!(matches!(tree.root, Some(Json::Object(Span { len: 1, .. }))));
}

#[test]
fn members_keep_their_order_and_repeats() {
    let mut tree = parse(r#"{"b": 1, "a\u0041": "x\n", "b": [true, null, [{}], -2, 0.5, "y"]}"#)
        .expect("JSON");
    let Some(Json::Object(span)) = tree.root else {
        panic!("{tree:?}")
    };
    assert_eq!(tree.member(span, "aA"), Some(Json::String("x\n".into())));
    let members: Vec<_> = (0..span.len).map(|i| tree.take(span, i)).collect();
    let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
    assert_eq!(keys, ["b", "aA", "b"]);
    assert!(matches!(members[0].0, Cow::Borrowed(_)));
    assert_eq!(members[0].1, Json::Number(Number::Unsigned(1)));
    assert_eq!(members[1].1, Json::String("x\n".into()));
    let Json::Array(items) = members[2].1 else {
        panic!("{members:?}")
    };
    assert_eq!(items.len, 6);
    let items: Vec<_> = (0..items.len).map(|i| tree.take(items, i).1).collect();
    assert_eq!(items[0], Json::Bool(true));
    assert_eq!(items[1], Json::Null);
    assert!(matches!(items[2], Json::Array(Span { len: 1, .. })));
    assert_eq!(items[3], Json::Number(Number::Negative(-2)));
    assert_eq!(items[4], Json::Number(Number::Float(0.5)));
    assert!(matches!(&items[5], Json::String(Cow::Borrowed("y"))));
    assert_eq!(std::mem::size_of::<Node>(), 12);
}

#[test]
fn syntax_errors_count_columns_in_characters() {
    let p = parse("{\"é\": }").expect_err("not JSON");
    assert_eq!((p.line, p.column), (Some(1), Some(7)));
    assert!(p.message.starts_with("expected a value here"), "{p}");
    let p = parse("").expect_err("not JSON");
    assert_eq!(p.line, Some(1));
}
