//! Facts from a clean article: entities with mentions and roles, normalised
//! dates, quotes with speakers, meetings. Pure: no I/O, no clock; relative
//! dates resolve against the article's own published date.

pub mod dates;
pub mod entities;
pub mod events;
pub mod gazetteer;
pub mod link;
pub mod names;
pub mod quotes;
pub mod teams;

pub use gazetteer::Resources;

use crate::model::{CleanArticle, Facts};

/// Every fact in one article.
pub fn extract(article: &CleanArticle, res: &Resources) -> Facts {
    let mut entities = entities::find_entities(&article.body, &article.captions, res);
    teams::clubs_named_like_towns(&article.body, &mut entities, res);
    let dates = dates::find_dates(&article.body, article.published);
    let quotes = quotes::find_quotes(&article.body, &entities, res);
    let events = events::find_meetings(&article.body, &article.captions, &entities, &dates);
    Facts {
        entities,
        dates,
        quotes,
        events,
    }
}
