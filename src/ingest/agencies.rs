//! Wire agencies, for reading datelines and credit lines (`(Yonhap)`, `AP`).

use std::collections::HashMap;
use std::sync::LazyLock;

static TABLE: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in include_str!("../../assets/news_agencies.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut forms = line.split('|').map(str::trim);
        let canonical = forms.next().unwrap_or_default();
        map.insert(canonical.to_lowercase(), canonical);
        for form in forms {
            map.insert(form.to_lowercase(), canonical);
        }
    }
    map
});

/// The canonical name of a wire agency written as `s`, if it is one.
pub fn canonical(s: &str) -> Option<&'static str> {
    let s = s.trim();
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    TABLE.get(&s.to_lowercase()).copied()
}

/// Every agency name and form, for gazetteers.
pub fn all_forms() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("../../assets/news_agencies.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(|line| {
            let canonical = line.split('|').next().unwrap_or_default().trim();
            line.split('|').map(move |f| (f.trim(), canonical))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_map_to_their_agency() {
        assert_eq!(canonical("Yonhap"), Some("Yonhap"));
        assert_eq!(canonical("AP"), Some("Associated Press"));
        assert_eq!(canonical("yonhap news agency"), Some("Yonhap"));
        assert_eq!(canonical("Defense"), None);
    }
}
