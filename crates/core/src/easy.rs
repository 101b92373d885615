//! Easy-language versions: which kinds of content have them, and how a
//! version moves through review. The checker itself is `easy_language`.

crate::tagged! {
    /// A kind of content that can have an easy-language version.
    pub enum ContentKind {
        HelpEntry = "help_entry",
        News = "news",
        Event = "event",
        Organisation = "organisation",
    }
}

/// The store's easy-language queries take the kind as its tag, so that a
/// test can name a kind with a plain string and code passes the enum.
impl AsRef<str> for ContentKind {
    fn as_ref(&self) -> &str {
        self.tag()
    }
}

crate::tagged! {
    /// Where an easy-language version stands: draft → in review → approved,
    /// or back with changes requested. A changed text goes back to draft.
    pub enum EasyStatus {
        Draft = "draft",
        InReview = "in_review",
        Approved = "approved",
        ChangesRequested = "changes_requested",
    }
}
