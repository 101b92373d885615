//! Nobody waits unnoticed: a notification can name what it is about and
//! link to it (a join request, a report, a proposed organisation, a text
//! to review, and the outcome for the person who asked), and people choose
//! whether such work also reaches them by mail.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite adds one column at a time.
        for col in [txt("subject").default("").to_owned(), txt("link").default("").to_owned()] {
            m.alter_table(Table::alter().table("notifications").add_column(col).to_owned()).await?;
        }
        m.alter_table(
            Table::alter()
                .table("notification_settings")
                .add_column(boolean("email_tasks").default(true).to_owned())
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in ["subject", "link"] {
            m.alter_table(Table::alter().table("notifications").drop_column(col).to_owned()).await?;
        }
        m.alter_table(Table::alter().table("notification_settings").drop_column("email_tasks").to_owned()).await?;
        Ok(())
    }
}
