use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A person's account.
    UserId
);
id_type!(
    /// A member organisation or enterprise ("entity").
    EntityId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_show_as_their_number() {
        assert_eq!(UserId(42).to_string(), "42");
        assert_eq!(EntityId(-7).to_string(), "-7");
    }
}
