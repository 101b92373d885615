use sea_orm::entity::prelude::*;

/// One term of one document in one neighbourhood: the inverted index of
/// the search (`store::search`). Derived data, rebuilt from the documents.
/// The primary key is the search's read path: the terms of a
/// neighbourhood in order, then newest document first.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "search_terms")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub neighbourhood_id: Uuid,
    /// A folded word (`core::search::terms`), compared by code point.
    #[sea_orm(primary_key, auto_increment = false)]
    pub term: String,
    /// When the document was created (an event: when it starts).
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_at: DateTimeUtc,
    #[sea_orm(primary_key, auto_increment = false)]
    pub doc_id: Uuid,
    /// `core::search::DocKind`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
