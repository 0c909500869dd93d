//! The binary batch body of `POST /v1/envelopes` and
//! `POST /v1/mailboxes/{id}/envelopes` (Content-Type [`CONTENT_TYPE`]) and
//! its binary answer ([`ANSWER_CONTENT_TYPE`]). The JSON bodies of
//! [`crate::api`] stay accepted for old clients.
//!
//! ```text
//! body   = 0x01 (batch format) ‖ group ‖ group … (until the end of the body)
//! group  = 0x02 ‖ key id (8) ‖ count (varint, ≥ 1) ‖ count × item2
//!        | 0x01 ‖ count (varint, ≥ 1) ‖ count × item1
//! item2  = N (varint) ‖ envelope id (16) ‖ enc (32) ‖ ciphertext (N bytes)
//! item1  = L (varint) ‖ a whole format 1 envelope (L bytes)
//! ```
//!
//! An item2 is the format 2 envelope `0x02 ‖ id ‖ key id ‖ enc ‖ ciphertext`
//! with the version and key id moved into its group, so they travel once per
//! group; the relay puts them back and stores the envelope whole. At most
//! [`crate::api::MAX_BATCH`] envelopes in all. The answer is
//! `0x01 ‖ one status byte per envelope, in body order` ([`ItemStatus`]).

use crate::envelope::{self, EnvelopeError};
use crate::varint;

pub const CONTENT_TYPE: &str = "application/vnd.waymark.batch";
pub const ANSWER_CONTENT_TYPE: &str = "application/vnd.waymark.batch-answer";
/// First byte of a body and of an answer.
pub const FORMAT: u8 = 1;
const ID_LEN: usize = 16;
const KEY_ID_LEN: usize = 8;
const ENC_LEN: usize = crate::hpke::ENC_LEN;

/// Why a whole body is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchError {
    /// Truncated, a bad varint, an unknown batch or group format, a group
    /// of 0, trailing bytes that are not a group.
    Malformed,
    /// No envelope, or more than [`crate::api::MAX_BATCH`].
    BatchSize,
}

/// Why one envelope of a readable body is refused (the others are stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemError {
    Malformed,
    TooLarge,
}

/// Encodes whole envelopes (format 1 or 2, as [`envelope::seal`] and
/// [`envelope::seal_v2`] make them) in order; consecutive format 2
/// envelopes with the same key id share a group, consecutive format 1
/// envelopes share one. Refuses an envelope whose header does not read.
pub fn encode<'a>(envelopes: impl IntoIterator<Item = &'a [u8]>) -> Result<Vec<u8>, EnvelopeError> {
    let mut groups: Vec<(envelope::Header, Vec<&[u8]>)> = Vec::new();
    for bytes in envelopes {
        let h = envelope::header(bytes)?;
        match groups.last_mut() {
            Some((g, items))
                if g.format == h.format
                    && (h.format == envelope::FORMAT || g.key_id == h.key_id) =>
            {
                items.push(bytes)
            }
            _ => groups.push((h, vec![bytes])),
        }
    }
    let size: usize = groups
        .iter()
        .map(|(_, items)| 12 + items.iter().map(|b| b.len() + 3).sum::<usize>())
        .sum();
    let mut out = Vec::with_capacity(1 + size);
    out.push(FORMAT);
    for (h, items) in groups {
        out.push(h.format);
        if h.format == envelope::FORMAT_V2 {
            out.extend_from_slice(&h.key_id);
        }
        varint::put(&mut out, items.len() as u64);
        for bytes in items {
            if h.format == envelope::FORMAT_V2 {
                let ct = &bytes[envelope::HEADER_LEN_V2..];
                varint::put(&mut out, ct.len() as u64);
                out.extend_from_slice(&bytes[1..1 + ID_LEN]);
                out.extend_from_slice(&bytes[1 + ID_LEN + KEY_ID_LEN..]);
            } else {
                varint::put(&mut out, bytes.len() as u64);
                out.extend_from_slice(bytes);
            }
        }
    }
    Ok(out)
}

fn take<'a>(body: &'a [u8], pos: &mut usize, n: u64) -> Result<&'a [u8], BatchError> {
    let n = usize::try_from(n).map_err(|_| BatchError::Malformed)?;
    let end = pos.checked_add(n).ok_or(BatchError::Malformed)?;
    let out = body.get(*pos..end).ok_or(BatchError::Malformed)?;
    *pos = end;
    Ok(out)
}

/// Reads a body into whole envelopes, in order: each is the stored form
/// (format 2 with its version and key id put back), or why that one is
/// refused. Format 1 envelopes come back as sent, checked only for their
/// version byte and size; [`envelope::header`] checks the rest.
pub fn decode(body: &[u8]) -> Result<Vec<Result<Vec<u8>, ItemError>>, BatchError> {
    if body.first() != Some(&FORMAT) {
        return Err(BatchError::Malformed);
    }
    let mut pos = 1;
    let mut out = Vec::new();
    while pos < body.len() {
        let format = body[pos];
        pos += 1;
        let key_id = match format {
            envelope::FORMAT_V2 => Some(take(body, &mut pos, KEY_ID_LEN as u64)?),
            envelope::FORMAT => None,
            _ => return Err(BatchError::Malformed),
        };
        let count = varint::get(body, &mut pos).ok_or(BatchError::Malformed)?;
        if count == 0 {
            return Err(BatchError::Malformed);
        }
        if count > (crate::api::MAX_BATCH - out.len()) as u64 {
            return Err(BatchError::BatchSize);
        }
        for _ in 0..count {
            let n = varint::get(body, &mut pos).ok_or(BatchError::Malformed)?;
            match key_id {
                Some(key_id) => {
                    let fixed = take(body, &mut pos, (ID_LEN + ENC_LEN) as u64)?;
                    let ct = take(body, &mut pos, n)?;
                    out.push(if ct.len() > envelope::MAX_CIPHERTEXT {
                        Err(ItemError::TooLarge)
                    } else if ct.len() < envelope::MIN_CIPHERTEXT {
                        Err(ItemError::Malformed)
                    } else {
                        let mut e = Vec::with_capacity(envelope::HEADER_LEN_V2 + ct.len());
                        e.push(envelope::FORMAT_V2);
                        e.extend_from_slice(&fixed[..ID_LEN]);
                        e.extend_from_slice(key_id);
                        e.extend_from_slice(&fixed[ID_LEN..]);
                        e.extend_from_slice(ct);
                        Ok(e)
                    });
                }
                None => {
                    let whole = take(body, &mut pos, n)?;
                    out.push(if whole.len() > envelope::MAX_ENVELOPE {
                        Err(ItemError::TooLarge)
                    } else if whole.first() != Some(&envelope::FORMAT) {
                        Err(ItemError::Malformed)
                    } else {
                        Ok(whole.to_vec())
                    });
                }
            }
        }
    }
    if out.is_empty() {
        return Err(BatchError::BatchSize);
    }
    Ok(out)
}

/// What happened to one envelope of a binary batch (one answer byte).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    /// 0: stored now.
    Stored,
    /// 1: stored before (same envelope id).
    Duplicate,
    /// 2: refused, `malformed`.
    Malformed,
    /// 3: refused, `too_large`.
    TooLarge,
}

impl ItemStatus {
    pub fn byte(self) -> u8 {
        match self {
            ItemStatus::Stored => 0,
            ItemStatus::Duplicate => 1,
            ItemStatus::Malformed => 2,
            ItemStatus::TooLarge => 3,
        }
    }

    pub fn from_byte(b: u8) -> Option<Self> {
        Some(match b {
            0 => ItemStatus::Stored,
            1 => ItemStatus::Duplicate,
            2 => ItemStatus::Malformed,
            3 => ItemStatus::TooLarge,
            _ => return None,
        })
    }
}

/// The binary answer: `0x01 ‖ one byte per envelope`.
pub fn encode_answer(statuses: &[ItemStatus]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + statuses.len());
    out.push(FORMAT);
    out.extend(statuses.iter().map(|s| s.byte()));
    out
}

/// Reads a binary answer; `None` for another format, an unknown status
/// byte, or more than [`crate::api::MAX_BATCH`] statuses. The caller checks
/// that there is one per envelope it sent.
pub fn decode_answer(bytes: &[u8]) -> Option<Vec<ItemStatus>> {
    let (&format, rest) = bytes.split_first()?;
    if format != FORMAT || rest.len() > crate::api::MAX_BATCH {
        return None;
    }
    rest.iter().map(|&b| ItemStatus::from_byte(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hpke;

    fn keys() -> ([u8; 32], [u8; 32]) {
        let (_, a) = hpke::generate_keypair().unwrap();
        let (_, b) = hpke::generate_keypair().unwrap();
        (a, b)
    }

    #[test]
    fn groups_by_format_and_key_and_round_trips() {
        let (a, b) = keys();
        let envs = vec![
            envelope::seal_v2(&a, [1; 16], b"one").unwrap(),
            envelope::seal_v2(&a, [2; 16], b"two").unwrap(),
            envelope::seal(&a, [3; 16], b"old").unwrap(),
            envelope::seal(&b, [4; 16], b"old too").unwrap(),
            envelope::seal_v2(&b, [5; 16], b"other hotline").unwrap(),
        ];
        let body = encode(envs.iter().map(Vec::as_slice)).unwrap();
        // Groups: v2/a (2), v1 (2), v2/b (1).
        assert_eq!(body[0], FORMAT);
        assert_eq!(body[1], envelope::FORMAT_V2);
        assert_eq!(&body[2..10], &envelope::key_id(&a));
        assert_eq!(body[10], 2);
        let expected_len = 1
            + (1 + 8 + 1) * 2
            + (1 + 1)
            + envs[..2]
                .iter()
                .chain(&envs[4..])
                .map(|e| e.len() - 9 + 1)
                .sum::<usize>()
            + envs[2..4].iter().map(|e| e.len() + 1).sum::<usize>();
        assert_eq!(body.len(), expected_len);
        let back: Vec<Vec<u8>> = decode(&body)
            .unwrap()
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(back, envs);
    }

    #[test]
    fn refusals_of_the_whole_body() {
        let (a, _) = keys();
        let env = envelope::seal_v2(&a, [1; 16], b"x").unwrap();
        let body = encode([env.as_slice()]).unwrap();
        assert_eq!(
            decode(&body[..1]),
            Err(BatchError::BatchSize),
            "no envelope"
        );
        assert_eq!(decode(&[]), Err(BatchError::Malformed));
        // Every truncation after the first group byte.
        for cut in 2..body.len() {
            assert_eq!(decode(&body[..cut]), Err(BatchError::Malformed), "{cut}");
        }
        // Trailing bytes that are not a group.
        let mut trailing = body.clone();
        trailing.push(0);
        assert_eq!(decode(&trailing), Err(BatchError::Malformed));
        let mut trailing = body.clone();
        trailing.push(envelope::FORMAT_V2);
        assert_eq!(decode(&trailing), Err(BatchError::Malformed));
        // Bad versions.
        let mut v = body.clone();
        v[0] = 2;
        assert_eq!(decode(&v), Err(BatchError::Malformed));
        let mut v = body.clone();
        v[1] = 3;
        assert_eq!(decode(&v), Err(BatchError::Malformed));
        // A count of 0, a non-shortest count, an over-long length.
        let mut zero = body[..10].to_vec();
        zero.push(0);
        assert_eq!(decode(&zero), Err(BatchError::Malformed));
        let mut long_count = body[..10].to_vec();
        long_count.extend_from_slice(&[0x81, 0x00]);
        long_count.extend_from_slice(&body[11..]);
        assert_eq!(decode(&long_count), Err(BatchError::Malformed));
        let mut huge = body[..11].to_vec();
        varint::put(&mut huge, u64::MAX);
        huge.extend_from_slice(&[0; 64]);
        assert_eq!(decode(&huge), Err(BatchError::Malformed));
        // Over 100 envelopes, counted across groups.
        let many = vec![env.clone(); crate::api::MAX_BATCH];
        let full = encode(many.iter().map(Vec::as_slice)).unwrap();
        assert_eq!(decode(&full).unwrap().len(), crate::api::MAX_BATCH);
        let mut over = full.clone();
        over.extend_from_slice(&body[1..]);
        assert_eq!(decode(&over), Err(BatchError::BatchSize));
        assert_eq!(encode([&env[..20]]), Err(EnvelopeError::Malformed));
    }

    #[test]
    fn refusals_of_one_item() {
        let (a, _) = keys();
        let good = envelope::seal_v2(&a, [1; 16], b"x").unwrap();
        let mut body = vec![FORMAT, envelope::FORMAT_V2];
        body.extend_from_slice(&envelope::key_id(&a));
        body.push(3);
        // A ciphertext shorter than its tag.
        body.push(15);
        body.extend_from_slice(&[0; 48 + 15]);
        // One over the largest.
        varint::put(&mut body, (envelope::MAX_CIPHERTEXT + 1) as u64);
        body.extend_from_slice(&vec![0; 48 + envelope::MAX_CIPHERTEXT + 1]);
        // And a good one after them.
        let ct = &good[envelope::HEADER_LEN_V2..];
        body.push(ct.len() as u8);
        body.extend_from_slice(&good[1..17]);
        body.extend_from_slice(&good[25..]);
        // A format 1 group holding a format 2 envelope, and an oversized one.
        body.extend_from_slice(&[envelope::FORMAT, 2]);
        varint::put(&mut body, good.len() as u64);
        body.extend_from_slice(&good);
        varint::put(&mut body, (envelope::MAX_ENVELOPE + 1) as u64);
        body.extend_from_slice(&vec![1; envelope::MAX_ENVELOPE + 1]);
        assert_eq!(
            decode(&body).unwrap(),
            vec![
                Err(ItemError::Malformed),
                Err(ItemError::TooLarge),
                Ok(good),
                Err(ItemError::Malformed),
                Err(ItemError::TooLarge),
            ]
        );
    }

    #[test]
    fn answers_round_trip_and_refuse_unknown_bytes() {
        let all = [
            ItemStatus::Stored,
            ItemStatus::Duplicate,
            ItemStatus::Malformed,
            ItemStatus::TooLarge,
        ];
        let bytes = encode_answer(&all);
        assert_eq!(bytes, [1, 0, 1, 2, 3]);
        assert_eq!(decode_answer(&bytes), Some(all.to_vec()));
        assert_eq!(decode_answer(&[1]), Some(vec![]));
        assert_eq!(decode_answer(&[1, 4]), None);
        assert_eq!(decode_answer(&[2, 0]), None);
        assert_eq!(decode_answer(&[]), None);
        assert_eq!(decode_answer(&[1; 102]), None);
    }
}
