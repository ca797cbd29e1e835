//! The filter parser never panics, and what it prints parses back to itself.

use newsdesk::corpus::Filter;
use proptest::prelude::*;

/// Pieces that make filters likely to parse, and likely to stress the edges.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("person:".to_string()),
        Just("org:".to_string()),
        Just("place:".to_string()),
        Just("source:".to_string()),
        Just("date:".to_string()),
        Just("after:".to_string()),
        Just("before:".to_string()),
        Just("is:read".to_string()),
        Just("undated".to_string()),
        Just(" OR ".to_string()),
        Just("or".to_string()),
        Just("-".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just(" ".to_string()),
        Just("..".to_string()),
        Just("2023".to_string()),
        Just("-12".to_string()),
        Just("-01".to_string()),
        Just("-W07".to_string()),
        Just("*".to_string()),
        Just(":".to_string()),
        "[a-zA-Z]{1,6}",
        "[가-힣é\u{a0}\u{2003}]{1,3}",
    ]
}

fn filter_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(piece(), 0..12).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_errors_point_inside_the_text(s in filter_text()) {
        if let Err(e) = s.parse::<Filter>() {
            prop_assert!(e.start <= e.end && e.end <= s.len(), "{e:?} for {s:?}");
            prop_assert!(s.is_char_boundary(e.start) && s.is_char_boundary(e.end));
            prop_assert!(!e.message.is_empty());
        }
    }

    #[test]
    fn the_printed_form_parses_back_to_the_same_filter(s in filter_text()) {
        if let Ok(f) = s.parse::<Filter>() {
            let printed = f.to_string();
            let again: Filter = printed.parse().map_err(|e| {
                TestCaseError::fail(format!("{printed:?} (from {s:?}) does not parse: {e}"))
            })?;
            prop_assert_eq!(&again, &f, "{:?} printed as {:?}", s, printed);
            prop_assert_eq!(again.to_string(), printed);
        }
    }
}
