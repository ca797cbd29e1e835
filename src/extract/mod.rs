//! Facts from a clean article: entities with mentions and roles, normalised
//! dates, quotes with speakers, meetings. Pure: no I/O, no clock; relative
//! dates resolve against the article's own published date.

pub mod dates;
pub mod events;
pub mod quotes;
pub mod entities;
pub mod gazetteer;
pub mod link;
pub mod names;

pub use gazetteer::Resources;

use crate::model::{CleanArticle, Facts};

/// Every fact in one article.
pub fn extract(article: &CleanArticle, res: &Resources) -> Facts {
    let entities = entities::find_entities(&article.body, &article.captions, res);
    Facts { entities, ..Facts::default() }
}
