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
}
