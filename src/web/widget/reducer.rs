//! The reducer: what each `Action` does to the widget's `State`. Pure: no DOM access.

use std::rc::Rc;

use yew::Reducible;

use super::map_state::MapAction;
use super::state::{Action, Load, Said, State, Toggled, LOADING_SELECTOR};
use crate::catalogue::{Cefr, LanguageRequirement};
use crate::search::{capped_query, Filter, Sort};
use crate::url_state::decode;

fn toggle<T: PartialEq>(list: &mut Option<Vec<T>>, item: T) {
    let items = list.get_or_insert_with(Vec::new);
    match items.iter().position(|x| *x == item) {
        Some(i) => {
            items.remove(i);
        }
        None => items.push(item),
    }
    if items.is_empty() {
        *list = None;
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::Loading => s.load = Load::Loading,
            Action::Retry => {
                s.load = Load::Loading;
                s.attempt = s.attempt.wrapping_add(1);
                // The button goes away: focus stays in the widget, on the loading message.
                s.focus(LOADING_SELECTOR.to_owned());
            }
            Action::Loaded(m) => {
                s.shortlist = s.shortlist.against_catalogue(&m.0);
                s.load = Load::Ready(m);
                s.normalise();
                s.focus_after_retry(".pm-results-head, p.pm-empty");
            }
            Action::PlacesLoaded(_) => return self,
            Action::Failed(e) => {
                s.load = Load::Failed(e);
                s.focus_after_retry(".pm-retry");
            }
            Action::Type(text) => s.draft = text,
            Action::CommitQuery => {
                let q = capped_query(s.draft.trim()).trim();
                let query = (!q.is_empty()).then(|| q.to_owned());
                if query != s.criteria.query {
                    s.edit(|c| c.query = query);
                }
            }
            Action::Programme(p) => {
                s.edit(|c| c.programme = p);
                s.unknown_programme = None;
            }
            Action::Preset(p) => {
                s.defaults.programme = p.clone();
                s.edit(|c| c.programme = p);
                s.normalise();
            }
            Action::Kinds(k) => s.edit(|c| c.kinds = k.map(|k| vec![k])),
            Action::ToggleMobility(m) => s.edit(|c| toggle(&mut c.mobility, m)),
            Action::Level(l) => s.edit(|c| c.level = l),
            Action::Term(t) => s.edit(|c| c.term = t),
            Action::Region(r) => s.edit(|c| c.region = r),
            Action::MaxKm(km) => s.edit(|c| c.max_distance_km = km),
            Action::ToggleCountry(code) => s.edit(|c| toggle(&mut c.countries, code)),
            // Each one that is not as asked is toggled (one `toggle` for every list).
            Action::ChooseCountries(codes, choose) => s.edit(|c| {
                for code in codes {
                    let chosen = c.countries.as_ref().is_some_and(|l| l.contains(&code));
                    if chosen != choose {
                        toggle(&mut c.countries, code);
                    }
                }
            }),
            Action::FilterCountries(text) => s.country_filter = text,
            Action::AddLanguage => {
                s.new_language.get_or_insert(Cefr::B2);
                s.focus(".pm-lang-row:last-child select".to_owned());
            }
            // A language chosen in the new row (the one after those chosen) makes it a row
            // of its own.
            Action::SetLanguage(i, lang) if !lang.as_str().is_empty() => {
                let n = s.criteria.languages.as_ref().map_or(0, Vec::len);
                let new_row = if i < n { None } else { s.new_language.take() };
                s.edit(|c| {
                    let list = c.languages.get_or_insert_with(Vec::new);
                    match (list.get_mut(i), new_row) {
                        (Some(l), _) => l.lang = lang,
                        (None, Some(cefr)) => list.push(LanguageRequirement { lang, cefr }),
                        (None, None) => {}
                    }
                    if list.is_empty() {
                        c.languages = None;
                    }
                });
            }
            Action::SetLanguage(..) => return self,
            Action::SetCefr(i, cefr) => {
                match s.criteria.languages.as_mut().and_then(|l| l.get_mut(i)) {
                    Some(l) => l.cefr = cefr,
                    None => s.new_language = s.new_language.map(|_| cefr),
                }
                s.pages = 1;
            }
            Action::RemoveLanguage(i) => {
                if i == s.criteria.languages.as_ref().map_or(0, Vec::len) {
                    s.new_language = None;
                }
                s.edit(|c| {
                    if let Some(list) = c.languages.as_mut() {
                        if i < list.len() {
                            list.remove(i);
                        }
                        if list.is_empty() {
                            c.languages = None;
                        }
                    }
                });
                s.focus(".pm-add-lang".to_owned());
            }
            Action::ClearAll => {
                // The order chosen is no filter: it stays.
                let defaults = s.defaults.clone();
                s.edit(|c| {
                    let sort = c.sort;
                    *c = defaults;
                    c.sort = sort;
                });
                s.new_language = None;
                s.draft.clear();
                s.unknown_programme = None;
            }
            Action::Sort(sort) => s.edit(|c| c.sort = sort.filter(|x| *x != Sort::BestFit)),
            Action::Loosen(filter) => {
                s.edit(|c| *c = c.without(filter));
                if filter == Filter::Query {
                    s.draft.clear();
                }
                if filter == Filter::Programme {
                    s.unknown_programme = None;
                }
                s.focus(".pm-results-head".to_owned());
            }
            Action::Restore(params) => {
                s.map.open = crate::url_state::map_open(&params);
                let c = decode(&params, &s.defaults);
                s.draft = c.query.clone().unwrap_or_default();
                s.edit(|old| *old = c);
                s.normalise();
            }
            Action::ShowMore => {
                s.pages += 1;
                // The first newly shown result; the page size is the view's business, so the
                // view marks each page's first card.
                s.focus(format!(".pm-page-{} .pm-card-title", s.pages));
            }
            Action::ToggleOpen(key) => match s.open.iter().position(|k| *k == key) {
                Some(i) => {
                    s.open.remove(i);
                }
                None => s.open.push(key),
            },
            Action::ToggleFilters => s.filters_open = !s.filters_open,
            Action::SeeResults => {
                s.filters_open = false;
                s.focus(".pm-results-head".to_owned());
            }
            Action::ToggleCountries => s.countries_open = !s.countries_open,
            Action::ToggleSaved(key) => {
                let Some(m) = s.matcher().cloned() else {
                    return self;
                };
                let Some(toggled) = s.shortlist.toggle_in(&m, key.clone()) else {
                    return self;
                };
                s.said = Some(match toggled {
                    Toggled::Saved(group, rank) => Said::Saved(key, group, rank),
                    Toggled::Removed => Said::Removed(key),
                    Toggled::Full(group) => Said::Full(key, group),
                });
                if !matches!(toggled, Toggled::Full(_)) {
                    s.edited_shortlist();
                }
            }
            Action::Reveal(key, name) => {
                // Not among the results (the widget shows one that is where it stands):
                // searched for by its name, in every programme, in the list; Back returns
                // to the search.
                s.map.open = false;
                let mut c = s.defaults.clone();
                c.programme = None;
                c.query = Some(name.clone());
                s.draft = name;
                s.edit(|old| *old = c);
                s.unknown_programme = None;
                if !s.open.contains(&key) {
                    s.open.push(key.clone());
                }
                s.focus_on(&key, ".pm-card-title");
            }
            Action::Remove(i) => {
                let Some(removed) = s.shortlist.remove(i) else {
                    return self;
                };
                s.edited_shortlist();
                s.said = Some(Said::Removed(removed));
                // Focus goes to the item that took its place, else the list's heading.
                let shown = s.shortlist.shown();
                let next = shown.get(i).or(shown.last());
                s.focus(match next {
                    Some((k, _)) => State::selector(k, ".pm-remove"),
                    None => ".pm-shortlist-head".to_owned(),
                });
            }
            Action::Move(i, by) => {
                let Some(j) = s.shortlist.move_by(i, by) else {
                    return self;
                };
                s.edited_shortlist();
                let Some(key) = s.shortlist.shown().get(j).map(|(k, _)| k.clone()) else {
                    return self;
                };
                let Some((group, rank)) = s.shortlist.rank(&key) else {
                    return self;
                };
                // Keep focus on the moved item's button, or on its other arrow at an end.
                let last = s.shortlist.count(group);
                let class = match (by < 0, rank) {
                    (true, 1) => ".pm-down",
                    (false, r) if r == last => ".pm-up",
                    (true, _) => ".pm-up",
                    (false, _) => ".pm-down",
                };
                s.focus_on(&key, class);
                s.said = Some(Said::Moved(key, group, rank));
            }
            Action::SetShortlist(key, list) => {
                s.shortlist = match s.matcher() {
                    Some(m) => list.against_catalogue(m),
                    None => list,
                };
                s.shortlist_key = Some(key);
            }
            Action::StorageFailed(failed) => s.storage_failed = failed,
            Action::Announce(message) => s.announced = message,
            Action::Map(a) => apply_map(&mut s, a),
        }
        if s == *self {
            self
        } else {
            Rc::new(s)
        }
    }
}

/// Applies a map action (here, not in `map_state`, so that module needs nothing of `State`).
fn apply_map(s: &mut State, action: MapAction) {
    let m = &mut s.map;
    match action {
        MapAction::Show(open) => m.open = open,
        MapAction::Move((frame, camera), factor, dx, dy) => {
            m.moved = Some((frame, camera.zoomed(factor).panned(dx, dy)));
        }
        MapAction::Reset => m.moved = None,
        MapAction::Select(key) => {
            m.selected = key;
            if m.selected.is_some() {
                s.focus(".pm-map-place h4".to_owned());
            }
        }
        MapAction::Reveal(key, pages) => {
            m.open = false;
            s.pages = s.pages.max(pages);
            let mut selector = String::from("[data-key=\"");
            selector.push_str(&key.token());
            selector.push_str("\"] .pm-card-title");
            if !s.open.contains(&key) {
                s.open.push(key);
            }
            s.focus(selector);
        }
        MapAction::Outlines(o) => m.outlines = o,
        MapAction::Keep(selector) => {
            s.focus(selector);
            s.focus.if_lost = true;
        }
    }
}
