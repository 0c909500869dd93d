//! Wire formats shared by the Waymark app and the relay server.
//!
//! This crate owns every byte that crosses a network or leaves a device for
//! another party: sealed envelopes, signed content packs and the relay API's
//! request/response types. It must never do I/O, touch a database or depend
//! on the app engine; both `waymark-core` and `waymark-server` build on it.
//!
//! Defined so far: the signed content pack frame ([`pack`]), HPKE base mode
//! for one suite ([`hpke`], RFC 9180 test vectors pass) and the sealed
//! envelope for messages to a hotline ([`envelope`]), the message and reply
//! inside it with the reply mailbox ([`message`]), encrypted backups under a
//! recovery code ([`backup`]) and the relay API's JSON types ([`api`]);
//! envelope and message format 2 with the binary batch body ([`batch`],
//! built on [`varint`]).
//! Byte layouts and endpoints are in `docs/protocol.md`.

pub mod api;
pub mod backup;
pub mod batch;
pub mod calendar;
pub mod envelope;
pub mod hpke;
pub mod message;
pub mod pack;
pub mod varint;

/// Version byte that leads every Waymark wire format defined in this crate.
/// A reader refuses any other value instead of guessing.
pub const PROTOCOL_VERSION: u8 = 1;

/// Whether a reader of this build understands wire data of `version`.
pub fn is_supported_version(version: u8) -> bool {
    version == PROTOCOL_VERSION
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_current_version_is_supported() {
        assert!(is_supported_version(PROTOCOL_VERSION));
        assert!(!is_supported_version(0));
        assert!(!is_supported_version(PROTOCOL_VERSION + 1));
    }
}
