//! The one error type of the crate: every failure names what was wrong and where.

use std::fmt;

/// An error from building the engine, loading a pack or reading input.
///
/// Messages are lower case and precise, in the style `file:line: reason`, so they can be shown to a
/// user or printed by the CLI as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    /// An error with the given message.
    pub fn new(message: impl Into<String>) -> Error {
        Error { message: message.into() }
    }

    /// An error at `line` (1-based) of `file`.
    pub fn at(file: &str, line: usize, reason: impl fmt::Display) -> Error {
        Error::new(format!("{file}:{line}: {reason}"))
    }

    /// The message, without any prefix.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T> = std::result::Result<T, Error>;
