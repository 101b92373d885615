//! Neighbourly help: entries, conversations, thanks, time bank,
//! notifications, reports, blocks, and the job queue.

use super::columns::*;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        use ForeignKeyAction::{Cascade, SetNull};
        m.alter_table(
            Table::alter()
                .table("neighbourhoods")
                .add_column(ColumnDef::new("time_bank").boolean().not_null().default(false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("help_categories")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(s("label"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("help_categories", "neighbourhood_id", "neighbourhoods", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("help_entries")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid("author_id"))
                .col(s("kind"))
                .col(s("category"))
                .col(s("title"))
                .col(txt("body"))
                .col(ColumnDef::new("on_date").date().null())
                .col(s_null("time_from"))
                .col(s_null("time_to"))
                .col(boolean("weekly"))
                .col(s("urgency"))
                .col(s("visibility"))
                .col(s("area"))
                .col(s_null("on_behalf"))
                .col(ColumnDef::new("minutes").integer().not_null())
                .col(s("status"))
                .col(uuid_null("helper_id"))
                .col(s_null("hidden_reason"))
                .col(ts("created_at"))
                .col(ts("updated_at"))
                .col(ts("expires_at"))
                .foreign_key(&mut fk("help_entries", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("help_entries", "author_id", "users", Cascade))
                .foreign_key(&mut fk("help_entries", "helper_id", "users", SetNull))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("help_entries_author", "help_entries", &["author_id"])).await?;
        // The open list reads this index newest first and stops after a page;
        // an index that also held expires_at made SQLite sort every open entry.
        m.create_index(idx("help_entries_open_newest", "help_entries", &["neighbourhood_id", "status", "id"])).await?;
        m.create_table(
            Table::create()
                .table("conversations")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid_null("entry_id"))
                .col(uuid("a_id"))
                .col(uuid("b_id"))
                .col(ts("created_at"))
                .col(ts("last_message_at"))
                .col(ts_null("a_read_at"))
                .col(ts_null("b_read_at"))
                .foreign_key(&mut fk("conversations", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("conversations", "entry_id", "help_entries", SetNull))
                .foreign_key(&mut fk("conversations", "a_id", "users", Cascade))
                .foreign_key(&mut fk("conversations", "b_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("conversations_a", "conversations", &["a_id", "last_message_at"])).await?;
        m.create_index(idx("conversations_b", "conversations", &["b_id", "last_message_at"])).await?;
        m.create_index(idx("conversations_entry_pair", "conversations", &["entry_id", "a_id"]).unique().to_owned())
            .await?;
        m.create_table(
            Table::create()
                .table("messages")
                .col(uuid_pk("id"))
                .col(uuid("conversation_id"))
                .col(uuid("author_id"))
                .col(txt("body"))
                .col(s_null("hidden_reason"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("messages", "conversation_id", "conversations", Cascade))
                .foreign_key(&mut fk("messages", "author_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("messages_conversation", "messages", &["conversation_id", "created_at"])).await?;
        m.create_table(
            Table::create()
                .table("blocks")
                .col(uuid_pk("id"))
                .col(uuid("blocker_id"))
                .col(uuid("blocked_id"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("blocks", "blocker_id", "users", Cascade))
                .foreign_key(&mut fk("blocks", "blocked_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("blocks_pair", "blocks", &["blocker_id", "blocked_id"]).unique().to_owned()).await?;
        m.create_table(
            Table::create()
                .table("reports")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid("reporter_id"))
                .col(uuid_null("entry_id"))
                .col(uuid_null("message_id"))
                .col(txt("reason"))
                .col(s("status"))
                .col(uuid_null("handled_by"))
                .col(ts_null("handled_at"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("reports", "neighbourhood_id", "neighbourhoods", Cascade))
                .foreign_key(&mut fk("reports", "reporter_id", "users", Cascade))
                .foreign_key(&mut fk("reports", "entry_id", "help_entries", Cascade))
                .foreign_key(&mut fk("reports", "message_id", "messages", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("reports_open", "reports", &["neighbourhood_id", "status"])).await?;
        m.create_table(
            Table::create()
                .table("thanks")
                .col(uuid_pk("id"))
                .col(uuid("entry_id"))
                .col(uuid("from_id"))
                .col(uuid("to_id"))
                .col(txt("note"))
                .col(boolean("shown"))
                .col(ts("created_at"))
                .foreign_key(&mut fk("thanks", "entry_id", "help_entries", Cascade))
                .foreign_key(&mut fk("thanks", "from_id", "users", Cascade))
                .foreign_key(&mut fk("thanks", "to_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("thanks_entry", "thanks", &["entry_id"]).unique().to_owned()).await?;
        m.create_table(
            Table::create()
                .table("time_ledger")
                .col(uuid_pk("id"))
                .col(uuid("neighbourhood_id"))
                .col(uuid("entry_id"))
                .col(uuid("from_id"))
                .col(uuid("to_id"))
                .col(ColumnDef::new("minutes").integer().not_null())
                .col(ts("created_at"))
                .foreign_key(&mut fk("time_ledger", "neighbourhood_id", "neighbourhoods", Cascade))
                .to_owned(),
        )
        .await?;
        // One booking per entry: done twice cannot credit twice.
        m.create_index(idx("time_ledger_entry", "time_ledger", &["entry_id"]).unique().to_owned()).await?;
        m.create_table(
            Table::create()
                .table("notifications")
                .col(uuid_pk("id"))
                .col(uuid("user_id"))
                .col(s("kind"))
                .col(uuid_null("entry_id"))
                .col(uuid_null("conversation_id"))
                .col(ts("created_at"))
                .col(ts_null("read_at"))
                .foreign_key(&mut fk("notifications", "user_id", "users", Cascade))
                .foreign_key(&mut fk("notifications", "entry_id", "help_entries", Cascade))
                .foreign_key(&mut fk("notifications", "conversation_id", "conversations", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("notifications_user", "notifications", &["user_id", "read_at"])).await?;
        m.create_table(
            Table::create()
                .table("notification_settings")
                .col(uuid_pk("user_id"))
                .col(boolean("email_answers"))
                .col(boolean("email_messages"))
                .col(boolean("email_new_requests"))
                .col(s("digest"))
                .col(txt("followed_categories"))
                .col(ts_null("last_digest_at"))
                .foreign_key(&mut fk("notification_settings", "user_id", "users", Cascade))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table("jobs")
                .col(uuid_pk("id"))
                .col(s("name"))
                .col(txt("payload"))
                .col(ts("run_at"))
                .col(ColumnDef::new("attempts").integer().not_null())
                .col(ColumnDef::new("last_error").text().null())
                .col(ts_null("locked_until"))
                .col(ts_null("done_at"))
                .col(ts("created_at"))
                .to_owned(),
        )
        .await?;
        m.create_index(idx("jobs_due", "jobs", &["done_at", "run_at"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "jobs",
            "notification_settings",
            "notifications",
            "time_ledger",
            "thanks",
            "reports",
            "blocks",
            "messages",
            "conversations",
            "help_entries",
            "help_categories",
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        m.alter_table(Table::alter().table("neighbourhoods").drop_column("time_bank").to_owned()).await?;
        Ok(())
    }
}
