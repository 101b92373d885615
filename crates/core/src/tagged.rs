//! One way to turn a stored state or kind into an enum and back.
//!
//! The database keeps states and kinds as short strings ("pending",
//! "confirmed", "help_entry" …). [`tagged!`](crate::tagged) declares the enum
//! together with the string each variant is stored as, and generates the
//! conversions, so every pair of `tag`/`from_tag` says the same thing.

/// Declare an enum whose variants are stored as fixed strings.
///
/// ```
/// quartier_core::tagged! {
///     /// Whether a door is open.
///     pub enum Door {
///         Open = "open",
///         Shut = "shut",
///     }
/// }
/// assert_eq!(Door::Open.tag(), "open");
/// assert_eq!(Door::from_tag("shut"), Some(Door::Shut));
/// assert_eq!(Door::from_tag("ajar"), None);
/// assert_eq!(Door::ALL, [Door::Open, Door::Shut]);
/// assert_eq!(Door::Shut.to_string(), "shut");
/// ```
///
/// Generated: `tag()` (the stored string), `from_tag()` (exact match, `None`
/// for anything else; deciding what an unknown value means is the caller's
/// job), `ALL` (every variant in declaration order) and `Display` (the tag).
/// The enum always derives `Debug, Clone, Copy, PartialEq, Eq`; further
/// derives and attributes (`#[default]`, doc comments) are passed through.
#[macro_export]
macro_rules! tagged {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $tag:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($tag),+].len()] = [$($name::$variant),+];

            /// The string this value is stored as.
            pub fn tag(self) -> &'static str {
                match self {
                    $( $name::$variant => $tag ),+
                }
            }

            /// The value stored as `t`; `None` for anything else.
            pub fn from_tag(t: &str) -> Option<Self> {
                match t {
                    $( $tag => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.tag())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    tagged! {
        /// A test enum with a default and a tag that differs from its name.
        #[derive(Default, PartialOrd, Ord)]
        enum Light {
            #[default]
            Off = "off",
            Dim = "dim_light",
            On = "on",
        }
    }

    #[test]
    fn every_variant_round_trips() {
        for l in Light::ALL {
            assert_eq!(Light::from_tag(l.tag()), Some(l));
            assert_eq!(l.to_string(), l.tag());
        }
        assert_eq!(Light::ALL, [Light::Off, Light::Dim, Light::On]);
        assert_eq!(Light::Dim.tag(), "dim_light");
    }

    #[test]
    fn unknown_tags_are_none() {
        for t in ["", "Off", "ON", " on", "on ", "dim", "dim-light", "Dim"] {
            assert_eq!(Light::from_tag(t), None, "{t:?}");
        }
    }

    #[test]
    fn attributes_pass_through() {
        assert_eq!(Light::default(), Light::Off);
        assert!(Light::Off < Light::On);
    }

    /// Every enum in `core` declared with `tagged!`: each tag maps back to
    /// its variant and no two variants share a tag.
    #[test]
    fn core_enums_round_trip() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            tag: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
        ) {
            let mut seen = std::collections::HashSet::new();
            for &v in all {
                assert_eq!(from(tag(v)), Some(v), "{v:?}");
                assert!(seen.insert(tag(v)), "duplicate tag {}", tag(v));
            }
            assert_eq!(from("no-such-tag"), None);
        }
        macro_rules! check_all {
            ($($t:ty),+) => { $( check(&<$t>::ALL, <$t>::tag, <$t>::from_tag); )+ };
        }
        use crate::*;
        check_all!(
            locale::Locale,
            locale::TextSize,
            locale::Contrast,
            neighbourhood::Role,
            neighbourhood::MembershipStatus,
            help::Kind,
            network::CanvasVisibility,
            help::Urgency,
            help::Visibility,
            help::Status,
            group::Joining,
            group::Standing,
            group::MemberChange,
            organisation::OrgRole,
            organisation::LinkStatus,
            event::SignupStatus,
            easy::ContentKind,
            easy::EasyStatus,
            coproduction::Joining,
            coproduction::Phase,
            coproduction::PartRole,
            coproduction::Standing,
            coproduction::ProposalKind,
            coproduction::Rule,
            coproduction::Choice,
            coproduction::Channel,
            coproduction::Outcome
        );
    }

    /// The strings are in the database: changing one needs a migration.
    #[test]
    fn stored_tags_are_unchanged() {
        use crate::*;
        assert_eq!(locale::Locale::ALL.map(locale::Locale::tag), ["de", "de-simple", "en"]);
        assert_eq!(locale::TextSize::ALL.map(locale::TextSize::tag), ["normal", "large", "larger"]);
        assert_eq!(locale::Contrast::ALL.map(locale::Contrast::tag), ["normal", "high"]);
        assert_eq!(neighbourhood::Role::ALL.map(neighbourhood::Role::tag), ["resident", "moderator", "coordinator"]);
        assert_eq!(
            neighbourhood::MembershipStatus::ALL.map(neighbourhood::MembershipStatus::tag),
            ["pending", "verified"]
        );
        assert_eq!(help::Kind::ALL.map(help::Kind::tag), ["request", "offer"]);
        assert_eq!(help::Urgency::ALL.map(help::Urgency::tag), ["normal", "soon", "urgent"]);
        assert_eq!(help::Visibility::ALL.map(help::Visibility::tag), ["neighbours", "coordinators"]);
        assert_eq!(help::Status::ALL.map(help::Status::tag), ["open", "arranged", "done", "withdrawn"]);
        assert_eq!(group::Joining::ALL.map(group::Joining::tag), ["open", "request"]);
        assert_eq!(group::Standing::ALL.map(group::Standing::tag), ["pending", "member", "admin"]);
        assert_eq!(group::MemberChange::ALL.map(group::MemberChange::tag), ["remove", "member", "admin"]);
        assert_eq!(organisation::OrgRole::ALL.map(organisation::OrgRole::tag), ["member", "editor", "admin"]);
        assert_eq!(organisation::LinkStatus::ALL.map(organisation::LinkStatus::tag), ["pending", "confirmed"]);
        assert_eq!(event::SignupStatus::ALL.map(event::SignupStatus::tag), ["confirmed", "waiting"]);
        assert_eq!(
            easy::ContentKind::ALL.map(easy::ContentKind::tag),
            [
                "help_entry",
                "news",
                "event",
                "organisation",
                "meeting_agenda",
                "meeting_minutes",
                "project_proposal",
                "org_page"
            ]
        );
        assert_eq!(
            easy::EasyStatus::ALL.map(easy::EasyStatus::tag),
            ["draft", "in_review", "approved", "changes_requested"]
        );
        use coproduction as c;
        assert_eq!(c::Joining::ALL.map(c::Joining::tag), ["open", "closed"]);
        assert_eq!(c::Phase::ALL.map(c::Phase::tag), ["planning", "carrying_out", "checking"]);
        assert_eq!(c::PartRole::ALL.map(c::PartRole::tag), ["service_user", "relative", "staff", "partner"]);
        assert_eq!(c::Standing::ALL.map(c::Standing::tag), ["requested", "invited", "participant", "facilitator"]);
        assert_eq!(c::ProposalKind::ALL.map(c::ProposalKind::tag), ["decision", "next_phase", "continue"]);
        assert_eq!(c::Rule::ALL.map(c::Rule::tag), ["majority", "two_thirds", "consent"]);
        assert_eq!(c::Choice::ALL.map(c::Choice::tag), ["yes", "no", "abstain"]);
        assert_eq!(c::Channel::ALL.map(c::Channel::tag), ["online", "proxy", "meeting"]);
        assert_eq!(c::Outcome::ALL.map(c::Outcome::tag), ["passed", "rejected", "no_quorum"]);
    }
}
