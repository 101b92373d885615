use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: Uuid,
    pub email_answers: bool,
    pub email_messages: bool,
    pub email_new_requests: bool,
    pub digest: String,
    #[sea_orm(column_type = "Text")]
    pub followed_categories: String,
    pub last_digest_at: Option<DateTimeUtc>,
    /// A weekly mail with the quarter's notice board.
    pub notice_board_mail: bool,
    pub last_notice_board_at: Option<DateTimeUtc>,
    /// Mail for work that waits for me: join requests, reports, proposed
    /// organisations, texts to review.
    pub email_tasks: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
